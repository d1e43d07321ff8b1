package org.frontdoor.intake.partner;

import java.time.Instant;
import java.util.List;

import org.frontdoor.events.ContactPartner;
import org.frontdoor.intake.contact.ContactAccepted;
import org.frontdoor.intake.contact.ContactStatus;
import org.frontdoor.intake.status.ContactProgress;

/**
 * What the front door tells an agency about its notification: that it arrived, and once triaged
 * where each child was routed. Feedback to the referrer, not the decision itself: no reasons, levels
 * or anything the agency did not send.
 */
public record PartnerNotificationStatus(String notificationId, String partnerReference, ContactStatus status,
                                        Instant acknowledgedAt, List<ChildRoute> children) {

    static PartnerNotificationStatus of(ContactProgress progress) {
        List<ChildRoute> routes = progress.decisions().stream()
                .map(decision -> new ChildRoute(decision.childIndex(), decision.route()))
                .toList();
        return new PartnerNotificationStatus(progress.contactId(), progress.partnerReference(), progress.status(),
                progress.receivedAt(), routes);
    }

    static PartnerNotificationStatus justAccepted(ContactAccepted accepted, ContactPartner partner) {
        return new PartnerNotificationStatus(accepted.contactId(), partner.getReference(), accepted.status(),
                accepted.receivedAt(), List.of());
    }

    /** @param childIndex the child's index in the notification's {@code children} */
    public record ChildRoute(int childIndex, String route) {
    }
}
