package org.frontdoor.intake.partner;

import java.util.ArrayList;
import java.util.List;

import org.frontdoor.events.ContactPartner;
import org.frontdoor.intake.contact.ContactIntake;
import org.frontdoor.intake.contact.ContactRequest;
import org.frontdoor.intake.contact.ContactValidator;
import org.frontdoor.intake.contact.FieldViolation;
import org.frontdoor.intake.contact.InvalidContact;
import org.frontdoor.intake.contact.RecentlyAccepted;
import org.frontdoor.intake.status.ContactProgressStore;
import org.springframework.stereotype.Service;

/**
 * Partner agencies' notifications: each is recorded as a contact, through the same transaction and
 * idempotency records as contacts from front-door staff, and each agency follows only its own.
 */
@Service
public class PartnerNotifications {

    private final NotificationRules rules;
    private final ContactValidator contactRules;
    private final ContactIntake intake;
    private final ContactProgressStore progress;
    private final RecentlyAccepted recentlyAccepted;

    public PartnerNotifications(NotificationRules rules, ContactValidator contactRules, ContactIntake intake,
                                ContactProgressStore progress, RecentlyAccepted recentlyAccepted) {
        this.rules = rules;
        this.contactRules = contactRules;
        this.intake = intake;
        this.progress = progress;
        this.recentlyAccepted = recentlyAccepted;
    }

    /**
     * @param submittedBy the subject of the partner's token
     * @throws InvalidContact          listing every field that breaks a notification or contact rule
     * @throws PartnerReferenceReused  when the agency's reference already recorded a different notification
     * @throws org.frontdoor.intake.contact.ContactNotRecorded when Kafka does not take it in time
     * @throws org.frontdoor.intake.contact.ContactOutcomeUnknown when Kafka does not confirm in time that it recorded it
     * @throws org.frontdoor.intake.kafka.StoresUnavailable    when earlier notifications cannot be checked yet
     */
    public PartnerNotificationAccepted receive(PartnerNotificationRequest notification, PartnerAgency agency,
                                               String submittedBy) {
        List<FieldViolation> violations = new ArrayList<>(rules.violationsOf(notification, agency));
        violations.addAll(contactRules.violationsOf(notification.asContact(agency)));
        if (!violations.isEmpty()) {
            throw new InvalidContact(violations);
        }
        NotificationKind kind = NotificationRules.kindOf(notification).orElseThrow();
        ContactRequest contact = rules.contactToRecord(notification, agency);
        ContactPartner partner = ContactPartner.newBuilder()
                .setAgency(agency.name())
                .setReference(notification.partnerReference())
                .setKind(kind.name())
                .build();
        AgencyReference reference = new AgencyReference(agency.name(), notification.partnerReference());
        return PartnerNotificationAccepted.of(
                intake.receive(contact, partner, reference, NotificationFingerprint.of(kind, contact), submittedBy),
                notification.partnerReference());
    }

    /**
     * @throws UnknownNotification unless the agency sent a notification with this id
     * @throws org.frontdoor.intake.kafka.StoresUnavailable while the status store is restoring or rebalancing
     */
    public PartnerNotificationStatus status(String notificationId, PartnerAgency agency) {
        return progress.find(notificationId)
                .filter(known -> known.sentBy(agency.name()))
                .map(PartnerNotificationStatus::of)
                .or(() -> recentlyAccepted.contact(notificationId)
                        .filter(just -> just.partner().filter(sender -> sender.getAgency().equals(agency.name())).isPresent())
                        .map(just -> PartnerNotificationStatus.justAccepted(just.accepted(), just.partner().orElseThrow())))
                .orElseThrow(UnknownNotification::new);
    }
}
