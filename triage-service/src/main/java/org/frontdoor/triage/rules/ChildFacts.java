package org.frontdoor.triage.rules;

import java.time.LocalDate;
import java.time.Period;

import org.frontdoor.events.ContactChild;

/**
 * What an indicator's conditions may ask about a child, fixed at the contact's received date.
 * Computed once per child per contact.
 */
record ChildFacts(AgeKind ageKind, long ageInMonths, int ageInYears, boolean notIndependentlyMobile) {

    enum AgeKind {
        BORN,
        UNBORN,
        /** Neither a date of birth nor an expected date of birth. */
        UNKNOWN
    }

    static ChildFacts of(ContactChild child, LocalDate receivedOn) {
        boolean notMobile = child.getNotIndependentlyMobile();
        if (child.getDateOfBirth() != null) {
            // Period counts whole months and years the way birthdays do: exactly 6 months old is 6, not 5.
            Period age = Period.between(child.getDateOfBirth(), receivedOn);
            return new ChildFacts(AgeKind.BORN, age.toTotalMonths(), age.getYears(), notMobile);
        }
        AgeKind kind = child.getExpectedDateOfBirth() != null ? AgeKind.UNBORN : AgeKind.UNKNOWN;
        return new ChildFacts(kind, 0, 0, notMobile);
    }

    /** Only a born child with a known date of birth can be under an age; unborn and unknown are not. */
    boolean isUnderMonths(int months) {
        return ageKind == AgeKind.BORN && ageInMonths < months;
    }

    boolean isUnderYears(int years) {
        return ageKind == AgeKind.BORN && ageInYears < years;
    }
}
