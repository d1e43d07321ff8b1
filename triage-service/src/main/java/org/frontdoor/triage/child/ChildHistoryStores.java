package org.frontdoor.triage.child;

/** Names of the state stores that hold children's histories, partitioned by child reference. */
public final class ChildHistoryStores {

    public static final String CHILD_CONTACTS = "child-contacts";

    private ChildHistoryStores() {
    }
}
