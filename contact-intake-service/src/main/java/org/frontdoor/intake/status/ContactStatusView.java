package org.frontdoor.intake.status;

import java.time.Instant;
import java.util.List;

import org.frontdoor.intake.contact.ContactAccepted;
import org.frontdoor.intake.contact.ContactStatus;

/** A contact's status as the API shows it: ids, codes and times only. */
public record ContactStatusView(String contactId, ContactStatus status, Instant receivedAt, List<ChildDecision> children) {

    static ContactStatusView of(ContactProgress progress) {
        return new ContactStatusView(progress.contactId(), progress.status(), progress.receivedAt(), progress.decisions());
    }

    static ContactStatusView of(ContactAccepted justAccepted) {
        return new ContactStatusView(justAccepted.contactId(), justAccepted.status(), justAccepted.receivedAt(), List.of());
    }
}
