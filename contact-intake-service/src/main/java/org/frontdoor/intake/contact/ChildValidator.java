package org.frontdoor.intake.contact;

import java.time.Clock;
import java.time.LocalDate;

import org.frontdoor.events.Sex;

/**
 * The rules for one child on a contact. Its dates are judged at the date the contact was received,
 * because that is the date its ages are taken at (domain section 4.1): a child born after it would
 * have a negative age, and a child expected long before it has been born.
 */
final class ChildValidator {

    static final int MAX_NAME = 100;
    static final int MAX_LOCAL_ID = 50;
    /** Care leavers can be supported to 25, so an older date of birth is a typing error. */
    static final int MAX_AGE_YEARS = 25;
    /** A pregnancy lasts at most about ten months. */
    static final int MAX_MONTHS_BEFORE_BIRTH = 10;
    /**
     * A baby may be born a little after its expected date, or be born and not yet recorded as born;
     * more than a month after it, the child is born and its date of birth is what counts.
     */
    static final int MAX_MONTHS_OVERDUE = 1;

    private final Clock clock;

    ChildValidator(Clock clock) {
        this.clock = clock;
    }

    /** @param receivedOn the local date the contact was received, today at the latest */
    void validate(String path, ChildRequest child, LocalDate receivedOn, Violations violations) {
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
        validateDates(path, child, receivedOn, violations);
        if (child.sex() != null && !ContactValidator.isOneOf(child.sex(), Sex.values())) {
            violations.add(path + ".sex", "must be one of " + ContactValidator.names(Sex.values()));
        }
    }

    private void validateDates(String path, ChildRequest child, LocalDate receivedOn, Violations violations) {
        LocalDate today = LocalDate.now(clock);
        LocalDate born = child.dateOfBirth();
        LocalDate expected = child.expectedDateOfBirth();
        if (born != null && expected != null) {
            violations.add(path + ".expectedDateOfBirth", "must not be given with dateOfBirth: a child is either born or unborn");
        }
        if (born != null && born.isAfter(today)) {
            violations.add(path + ".dateOfBirth", "must not be in the future");
        } else if (born != null && born.isAfter(receivedOn)) {
            violations.add(path + ".dateOfBirth", "must not be after the contact was received (receivedAt)");
        } else if (born != null && born.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            violations.add(path + ".dateOfBirth", "must be within the last " + MAX_AGE_YEARS + " years");
        }
        if (expected != null && expected.isAfter(receivedOn.plusMonths(MAX_MONTHS_BEFORE_BIRTH))) {
            violations.add(path + ".expectedDateOfBirth", "must be no more than " + MAX_MONTHS_BEFORE_BIRTH
                    + " months after the contact was received");
        } else if (expected != null && expected.isBefore(receivedOn.minusMonths(MAX_MONTHS_OVERDUE))) {
            violations.add(path + ".expectedDateOfBirth", "is more than a month before the contact was received: "
                    + "the child has been born, so give the dateOfBirth instead");
        }
    }
}
