package org.frontdoor.intake.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.events.ContactSubmission;
import org.frontdoor.intake.IntakeProperties;
import org.springframework.stereotype.Component;

/**
 * The contacts this instance has just published, remembered for the moment between the Kafka
 * commit and the state stores catching up with it (normally milliseconds): a replay or a status
 * query arriving in that moment must not miss the contact. It holds ids, timestamps and
 * fingerprints only, and forgets the oldest entries beyond a fixed number, so it stays small; the
 * stores, rebuilt from Kafka, remain the record.
 */
@Component
public class RecentlyAccepted {

    private final Map<String, ContactAccepted> byContactId;
    private final Map<String, ContactSubmission> byIdempotencyKey;

    public RecentlyAccepted(IntakeProperties properties) {
        this.byContactId = bounded(properties.recentlyAccepted());
        this.byIdempotencyKey = bounded(properties.recentlyAccepted());
    }

    public synchronized void remember(ContactAccepted contact, Optional<ContactSubmission> submission) {
        byContactId.put(contact.contactId(), contact);
        submission.ifPresent(recorded -> byIdempotencyKey.put(recorded.getIdempotencyKey(), recorded));
    }

    public synchronized Optional<ContactAccepted> contact(String contactId) {
        return Optional.ofNullable(byContactId.get(contactId));
    }

    public synchronized Optional<ContactSubmission> submission(String idempotencyKey) {
        return Optional.ofNullable(byIdempotencyKey.get(idempotencyKey));
    }

    private static <V> Map<String, V> bounded(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
