package org.frontdoor.triage.child;

/** What naming the children of a contact produces: where each child goes, and what the index learns. */
public sealed interface ChildNaming {

    /** A child of the contact, keyed by its child reference. */
    record Sighting(ChildSighting sighting) implements ChildNaming {
    }

    /** An identifier hash the index did not know, keyed by that hash, now linked to a child reference. */
    record Identity(String childRef) implements ChildNaming {
    }
}
