package org.frontdoor.intake.contact;

import java.time.Instant;

/** The answer to an accepted contact; a replay of the same submission gets the same answer. */
public record ContactAccepted(String contactId, ContactStatus status, Instant receivedAt) {

    public static ContactAccepted received(String contactId, Instant receivedAt) {
        return new ContactAccepted(contactId, ContactStatus.RECEIVED, receivedAt);
    }
}
