package org.frontdoor.triage.child;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.frontdoor.events.Route;

/**
 * The contacts the front door has had about one child, oldest first, with the route each ended
 * with once known. Contacts older than the retention are dropped: the rules look back 365 days.
 */
public record ChildContacts(List<Entry> entries) {

    static final ChildContacts NONE = new ChildContacts(List.of());

    public ChildContacts {
        entries = List.copyOf(entries);
    }

    /** One contact about the child; the route is null until the contact is triaged. */
    public record Entry(String contactId, Instant receivedAt, Route route) {
    }

    public List<Entry> before(String contactId, Instant receivedAt) {
        return entries.stream()
                .filter(entry -> !entry.contactId().equals(contactId) && entry.receivedAt().isBefore(receivedAt))
                .toList();
    }

    public ChildContacts with(String contactId, Instant receivedAt, Instant retainSince) {
        if (entries.stream().anyMatch(entry -> entry.contactId().equals(contactId))) {
            return this;
        }
        List<Entry> next = new ArrayList<>(entries.stream().filter(entry -> !entry.receivedAt().isBefore(retainSince)).toList());
        next.add(new Entry(contactId, receivedAt, null));
        next.sort(Comparator.comparing(Entry::receivedAt));
        return new ChildContacts(next);
    }

    public ChildContacts routed(String contactId, Route route) {
        return new ChildContacts(entries.stream()
                .map(entry -> entry.contactId().equals(contactId) ? new Entry(contactId, entry.receivedAt(), route) : entry)
                .toList());
    }

    static Instant retentionStart(Instant receivedAt, int retentionDays) {
        return receivedAt.minus(retentionDays, ChronoUnit.DAYS);
    }
}
