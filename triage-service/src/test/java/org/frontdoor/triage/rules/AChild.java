package org.frontdoor.triage.rules;

import java.time.LocalDate;

import org.frontdoor.events.ContactChild;
import org.frontdoor.events.Sex;

/** Builds a child of a contact; ages are at {@link AContact#RECEIVED_ON}. */
final class AChild {

    private LocalDate dateOfBirth;
    private LocalDate expectedDateOfBirth;
    private boolean notIndependentlyMobile;

    private AChild() {
    }

    static AChild bornOn(String date) {
        AChild child = new AChild();
        child.dateOfBirth = LocalDate.parse(date);
        return child;
    }

    static AChild aged(int years) {
        return bornOn(AContact.RECEIVED_ON.minusYears(years).toString());
    }

    static AChild unborn() {
        AChild child = new AChild();
        child.expectedDateOfBirth = AContact.RECEIVED_ON.plusMonths(3);
        return child;
    }

    static AChild ageUnknown() {
        return new AChild();
    }

    /**
     * Reads the child column of the indicator table: {@code born YYYY-MM-DD}, {@code aged N},
     * {@code unborn} or {@code age unknown}, optionally followed by {@code , not mobile}.
     */
    static AChild described(String description) {
        String[] parts = description.split(",");
        String age = parts[0].strip();
        AChild child;
        if (age.startsWith("born ")) {
            child = bornOn(age.substring("born ".length()));
        } else if (age.startsWith("aged ")) {
            child = aged(Integer.parseInt(age.substring("aged ".length())));
        } else if (age.equals("unborn")) {
            child = unborn();
        } else if (age.equals("age unknown")) {
            child = ageUnknown();
        } else {
            throw new IllegalArgumentException("Unknown child description: " + description);
        }
        if (parts.length > 1 && parts[1].strip().equals("not mobile")) {
            child.notIndependentlyMobile();
        }
        return child;
    }

    AChild notIndependentlyMobile() {
        notIndependentlyMobile = true;
        return this;
    }

    ContactChild build() {
        return ContactChild.newBuilder()
                .setFirstName("Test")
                .setLastName("Child")
                .setDateOfBirth(dateOfBirth)
                .setExpectedDateOfBirth(expectedDateOfBirth)
                .setSex(Sex.U)
                .setNotIndependentlyMobile(notIndependentlyMobile)
                .build();
    }
}
