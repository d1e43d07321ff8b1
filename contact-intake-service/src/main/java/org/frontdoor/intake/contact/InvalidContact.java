package org.frontdoor.intake.contact;

import java.util.List;

/** The contact breaks one or more rules of the intake contract; nothing was recorded. */
public class InvalidContact extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidContact(List<FieldViolation> violations) {
        super("The contact is invalid in " + violations.size() + " field(s)");
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
