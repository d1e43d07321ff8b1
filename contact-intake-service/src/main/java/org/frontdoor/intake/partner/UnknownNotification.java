package org.frontdoor.intake.partner;

/**
 * The caller's agency has sent no notification with this id. Another agency's notification is
 * answered the same way, so a partner learns nothing about what it may not read.
 */
public class UnknownNotification extends RuntimeException {

    public UnknownNotification() {
        super("No notification of this agency has this id");
    }
}
