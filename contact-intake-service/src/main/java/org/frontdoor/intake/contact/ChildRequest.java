package org.frontdoor.intake.contact;

import java.time.LocalDate;

/** A child the contact is about. An absent {@code sex} means U (unknown). */
public record ChildRequest(String localId,
                           String nhsNumber,
                           String firstName,
                           String lastName,
                           LocalDate dateOfBirth,
                           LocalDate expectedDateOfBirth,
                           String sex,
                           Boolean notIndependentlyMobile) {

    static final String UNKNOWN_SEX = "U";

    public String sexOrUnknown() {
        return sex == null ? UNKNOWN_SEX : sex;
    }

    public boolean isNotIndependentlyMobile() {
        return Boolean.TRUE.equals(notIndependentlyMobile);
    }
}
