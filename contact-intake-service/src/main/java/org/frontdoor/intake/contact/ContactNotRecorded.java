package org.frontdoor.intake.contact;

/**
 * Kafka did not take the contact in time, and it was not recorded: its transaction never asked to
 * commit, so no read_committed consumer will ever see it. Sending it again is safe.
 */
public class ContactNotRecorded extends RuntimeException {

    public ContactNotRecorded(Throwable cause) {
        super("Kafka did not take the contact; nothing was recorded", cause);
    }
}
