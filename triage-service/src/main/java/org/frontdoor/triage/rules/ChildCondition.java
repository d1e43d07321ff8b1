package org.frontdoor.triage.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The facts about a child that an outcome's {@code when} may test, by their names in the rule-set file. */
enum ChildCondition {

    AGE_UNDER_MONTHS("ageUnderMonths") {
        @Override
        Optional<Condition> read(DocumentNode value) {
            OptionalInt months = value.wholeNumber(1, 216, "a number of months from 1 to 216");
            return months.isEmpty() ? Optional.empty()
                    : Optional.of((child, reading) -> child.isUnderMonths(months.getAsInt()));
        }
    },
    AGE_UNDER_YEARS("ageUnderYears") {
        @Override
        Optional<Condition> read(DocumentNode value) {
            OptionalInt years = value.wholeNumber(1, 18, "a number of years from 1 to 18");
            return years.isEmpty() ? Optional.empty()
                    : Optional.of((child, reading) -> child.isUnderYears(years.getAsInt()));
        }
    },
    UNBORN("unborn") {
        @Override
        Optional<Condition> read(DocumentNode value) {
            return value.yesOrNo().map(wanted ->
                    (child, reading) -> (child.ageKind() == ChildFacts.AgeKind.UNBORN) == wanted);
        }
    },
    AGE_UNKNOWN("ageUnknown") {
        @Override
        Optional<Condition> read(DocumentNode value) {
            return value.yesOrNo().map(wanted ->
                    (child, reading) -> (child.ageKind() == ChildFacts.AgeKind.UNKNOWN) == wanted);
        }
    },
    NOT_INDEPENDENTLY_MOBILE("notIndependentlyMobile") {
        @Override
        Optional<Condition> read(DocumentNode value) {
            return value.yesOrNo().map(wanted -> (child, reading) -> child.notIndependentlyMobile() == wanted);
        }
    };

    private final String key;

    ChildCondition(String key) {
        this.key = key;
    }

    abstract Optional<Condition> read(DocumentNode value);

    static Optional<ChildCondition> named(String key) {
        return Arrays.stream(values()).filter(condition -> condition.key.equals(key)).findFirst();
    }

    static String keys() {
        return Arrays.stream(values()).map(condition -> condition.key).collect(Collectors.joining(", "));
    }
}
