package org.frontdoor.intake.partner;

import java.util.List;

import org.frontdoor.events.ContactChannel;
import org.frontdoor.intake.contact.ChildRequest;
import org.frontdoor.intake.contact.ContactRequest;
import org.frontdoor.intake.contact.IndicatorRequest;
import org.frontdoor.intake.contact.ReferrerRequest;

/**
 * A notification as a partner agency's system sends it. It has no {@code referralSource},
 * {@code channel} or {@code receivedAt}: the agency's identity decides the first, and the front door
 * records the other two itself. Enumerated values arrive as text so that every invalid field is
 * reported together.
 *
 * @param partnerReference the agency's own reference; sending it again is a replay, not a new notification
 * @param dashRisk         the DASH risk grading of a {@link NotificationKind#DOMESTIC_ABUSE_INCIDENT}
 */
public record PartnerNotificationRequest(String partnerReference,
                                         String kind,
                                         String dashRisk,
                                         ReferrerRequest referrer,
                                         List<ChildRequest> children,
                                         List<IndicatorRequest> indicators,
                                         Boolean immediateRisk,
                                         String consent,
                                         String summary) {

    /**
     * The contact the notification is, exactly as the agency sent it: it came through the partner
     * portal, from the agency's census source, and is received when it arrives.
     */
    ContactRequest asContact(PartnerAgency agency) {
        return new ContactRequest(null, ContactChannel.PORTAL.name(), agency.referralSource(), referrer, children,
                indicators, immediateRisk, consent, summary, null);
    }
}
