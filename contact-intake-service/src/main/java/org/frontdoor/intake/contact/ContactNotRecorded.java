package org.frontdoor.intake.contact;

/**
 * Kafka did not confirm the contact in time. Its transaction was aborted (or, if the broker went
 * silent during the commit, its outcome is unknown), so the client must try again: with the same
 * Idempotency-Key a retry can never record the contact twice.
 */
public class ContactNotRecorded extends RuntimeException {

    public ContactNotRecorded(Throwable cause) {
        super("Kafka did not confirm the contact", cause);
    }
}
