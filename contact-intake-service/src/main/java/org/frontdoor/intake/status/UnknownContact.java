package org.frontdoor.intake.status;

/** No contact with the id asked for has been recorded. */
public class UnknownContact extends RuntimeException {

    public UnknownContact() {
        super("No contact with this id");
    }
}
