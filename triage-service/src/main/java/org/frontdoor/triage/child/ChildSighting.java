package org.frontdoor.triage.child;

import java.time.Instant;

/** A child named in a contact, on its way to the partition that holds the child's history. */
public record ChildSighting(String contactId, int childIndex, Instant receivedAt) {
}
