package org.frontdoor.intake.status;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.intake.contact.ContactStatus;

/**
 * What the status store holds for a contact: when it was received, how many children it has and the
 * triage decisions so far. Decisions may arrive before the contact itself (the two topics are read
 * side by side when the store is rebuilt), so a contact is only known once {@code receivedAt} is set.
 */
public record ContactProgress(String contactId, Instant receivedAt, Integer childCount, List<ChildDecision> decisions) {

    public ContactProgress {
        decisions = List.copyOf(decisions);
    }

    static ContactProgress nothingYet(String contactId) {
        return new ContactProgress(contactId, null, null, List.of());
    }

    ContactProgress with(ContactReceived contact) {
        return new ContactProgress(contactId, contact.getReceivedAt(), contact.getChildren().size(), decisions);
    }

    /** A later decision for the same child (a re-run of triage) replaces the earlier one. */
    ContactProgress with(ChildTriaged decision) {
        List<ChildDecision> updated = Stream.concat(
                        decisions.stream().filter(known -> known.childIndex() != decision.getChildIndex()),
                        Stream.of(ChildDecision.of(decision)))
                .sorted(Comparator.comparingInt(ChildDecision::childIndex))
                .toList();
        return new ContactProgress(contactId, receivedAt, childCount, updated);
    }

    boolean isReceived() {
        return receivedAt != null;
    }

    ContactStatus status() {
        boolean everyChildDecided = childCount != null
                && decisions.stream().filter(decision -> decision.childIndex() < childCount).count() == childCount;
        return everyChildDecided ? ContactStatus.TRIAGED : ContactStatus.RECEIVED;
    }
}
