package org.frontdoor.intake.partner;

import java.time.Instant;

import org.frontdoor.intake.contact.ContactAccepted;
import org.frontdoor.intake.contact.ContactStatus;

/**
 * The answer to an accepted notification; the same notification sent again gets the same answer.
 *
 * @param notificationId the front door's id for it (the id of the contact it records)
 * @param acknowledgedAt when the front door recorded it; its contact-decision clock starts here
 */
public record PartnerNotificationAccepted(String notificationId, String partnerReference, ContactStatus status,
                                          Instant acknowledgedAt) {

    static PartnerNotificationAccepted of(ContactAccepted contact, String partnerReference) {
        return new PartnerNotificationAccepted(contact.contactId(), partnerReference, contact.status(), contact.receivedAt());
    }
}
