package org.frontdoor.intake.status;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.intake.contact.ContactStatus;

/**
 * What the status store holds for a contact: when it was received, how many children it has, the
 * triage decisions so far and, for a partner's notification, the agency that sent it and its
 * reference (which decide who else may read it). Decisions may arrive before the contact itself (the
 * two topics are read side by side when the store is rebuilt), so a contact is only known once
 * {@code receivedAt} is set. Entries written before partner notifications existed have no agency.
 */
public record ContactProgress(String contactId, Instant receivedAt, Integer childCount, List<ChildDecision> decisions,
                              String agency, String partnerReference) {

    public ContactProgress {
        decisions = List.copyOf(decisions);
    }

    static ContactProgress nothingYet(String contactId) {
        return new ContactProgress(contactId, null, null, List.of(), null, null);
    }

    ContactProgress with(ContactReceived contact) {
        boolean fromPartner = contact.getPartner() != null;
        return new ContactProgress(contactId, contact.getReceivedAt(), contact.getChildren().size(), decisions,
                fromPartner ? contact.getPartner().getAgency() : null,
                fromPartner ? contact.getPartner().getReference() : null);
    }

    /** A later decision for the same child (a re-run of triage) replaces the earlier one. */
    ContactProgress with(ChildTriaged decision) {
        List<ChildDecision> updated = Stream.concat(
                        decisions.stream().filter(known -> known.childIndex() != decision.getChildIndex()),
                        Stream.of(ChildDecision.of(decision)))
                .sorted(Comparator.comparingInt(ChildDecision::childIndex))
                .toList();
        return new ContactProgress(contactId, receivedAt, childCount, updated, agency, partnerReference);
    }

    boolean isReceived() {
        return receivedAt != null;
    }

    /** Whether the partner agency of this name sent the contact; never true for a contact from front-door staff. */
    public boolean sentBy(String partnerAgency) {
        return agency != null && agency.equals(partnerAgency);
    }

    public ContactStatus status() {
        boolean everyChildDecided = childCount != null
                && decisions.stream().filter(decision -> decision.childIndex() < childCount).count() == childCount;
        return everyChildDecided ? ContactStatus.TRIAGED : ContactStatus.RECEIVED;
    }
}
