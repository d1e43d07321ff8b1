package org.frontdoor.intake.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.events.ContactPartner;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.intake.IntakeProperties;
import org.springframework.stereotype.Component;

/**
 * The contacts this instance has just published, remembered for the moment between the Kafka
 * commit and the state stores catching up with it (normally milliseconds): a replay or a status
 * query arriving in that moment must not miss the contact. It holds ids, codes, timestamps and
 * fingerprints only, and forgets the oldest entries beyond a fixed number, so it stays small; the
 * stores, rebuilt from Kafka, remain the record.
 */
@Component
public class RecentlyAccepted {

    private final Map<String, JustAccepted> byContactId;
    private final Map<String, ContactSubmission> bySubmissionKey;

    public RecentlyAccepted(IntakeProperties properties) {
        this.byContactId = bounded(properties.recentlyAccepted());
        this.bySubmissionKey = bounded(properties.recentlyAccepted());
    }

    public synchronized void remember(ContactAccepted contact, Optional<ContactPartner> partner,
                                      Optional<ContactSubmission> submission) {
        byContactId.put(contact.contactId(), new JustAccepted(contact, partner));
        submission.ifPresent(recorded -> bySubmissionKey.put(recorded.getIdempotencyKey(), recorded));
    }

    public synchronized Optional<JustAccepted> contact(String contactId) {
        return Optional.ofNullable(byContactId.get(contactId));
    }

    /** @param submissionKey the key on the submissions topic ({@code SubmissionKey.value()}) */
    public synchronized Optional<ContactSubmission> submission(String submissionKey) {
        return Optional.ofNullable(bySubmissionKey.get(submissionKey));
    }

    private static <V> Map<String, V> bounded(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A contact just recorded: the answer its submitter got, and the partner agency that sent it, if one did. */
    public record JustAccepted(ContactAccepted accepted, Optional<ContactPartner> partner) {
    }
}
