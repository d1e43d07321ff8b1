package org.frontdoor.intake.contact;

import java.time.Clock;
import java.time.LocalDate;

import org.frontdoor.events.Sex;

/** The rules for one child on a contact. */
final class ChildValidator {

    static final int MAX_NAME = 100;
    static final int MAX_LOCAL_ID = 50;
    /** Care leavers can be supported to 25, so an older date of birth is a typing error. */
    static final int MAX_AGE_YEARS = 25;
    /** A pregnancy lasts at most about ten months. */
    static final int MAX_MONTHS_BEFORE_BIRTH = 10;
    /** An expected date a little past is an overdue birth or a record not yet updated. */
    static final int MAX_MONTHS_OVERDUE = 3;

    private final Clock clock;

    ChildValidator(Clock clock) {
        this.clock = clock;
    }

    void validate(String path, ChildRequest child, Violations violations) {
        if (child == null) {
            violations.add(path, "is required");
            return;
        }
        violations.atMost(path + ".localId", child.localId(), MAX_LOCAL_ID);
        if (child.localId() != null && child.localId().isBlank()) {
            violations.add(path + ".localId", "must not be blank when given");
        }
        if (child.nhsNumber() != null && NhsNumber.parse(child.nhsNumber()).isEmpty()) {
            violations.add(path + ".nhsNumber", "must be a 10-digit NHS number with a valid check digit");
        }
        violations.requiredText(path + ".firstName", child.firstName(), MAX_NAME);
        violations.requiredText(path + ".lastName", child.lastName(), MAX_NAME);
        validateDates(path, child, violations);
        if (child.sex() != null && !ContactValidator.isOneOf(child.sex(), Sex.values())) {
            violations.add(path + ".sex", "must be one of " + ContactValidator.names(Sex.values()));
        }
    }

    private void validateDates(String path, ChildRequest child, Violations violations) {
        LocalDate today = LocalDate.now(clock);
        LocalDate born = child.dateOfBirth();
        LocalDate expected = child.expectedDateOfBirth();
        if (born != null && expected != null) {
            violations.add(path + ".expectedDateOfBirth", "must not be given with dateOfBirth: a child is either born or unborn");
        }
        if (born != null && born.isAfter(today)) {
            violations.add(path + ".dateOfBirth", "must not be in the future");
        } else if (born != null && born.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            violations.add(path + ".dateOfBirth", "must be within the last " + MAX_AGE_YEARS + " years");
        }
        if (expected != null && (expected.isAfter(today.plusMonths(MAX_MONTHS_BEFORE_BIRTH))
                || expected.isBefore(today.minusMonths(MAX_MONTHS_OVERDUE)))) {
            violations.add(path + ".expectedDateOfBirth", "must be no more than " + MAX_MONTHS_BEFORE_BIRTH
                    + " months ahead or " + MAX_MONTHS_OVERDUE + " months past");
        }
    }
}
