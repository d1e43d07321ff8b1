package org.frontdoor.triage.child;

import java.util.List;

/** What the front door knew of a child before a contact, on its way back to that contact. */
public record ChildSnapshot(int childIndex, String childRef, List<ChildContacts.Entry> earlierContacts) {
}
