package org.frontdoor.triage.child;

/**
 * Which child each known identifier (as a keyed hash) belongs to, and each child's LA id and NHS
 * number hashes (keyed {@code childRef:KIND}) so a weaker match never joins two children.
 *
 * <p>Recognising a child must see every identifier ever learnt, whichever child it belongs to, so
 * the index is one store in one partition and contacts pass through it one at a time. That keeps
 * it exactly-once and free of races between two contacts naming a new child at the same moment;
 * a front door's few thousand contacts a day are far from what one partition can take.
 */
public final class ChildIdentityIndex {

    public static final String STORE = "child-identities";
    /** Every contact is keyed alike on its way to the index, so all meet in its one partition. */
    public static final String PARTITION_KEY = "child-identity-index";

    private ChildIdentityIndex() {
    }
}
