package org.frontdoor.triage.decision;

import java.util.HashMap;
import java.util.Map;

import org.frontdoor.triage.child.ChildSnapshot;

/** The children's histories gathered so far for a contact, by child index. */
public record CollectedSnapshots(Map<Integer, ChildSnapshot> byChildIndex) {

    static final CollectedSnapshots NONE = new CollectedSnapshots(Map.of());

    public CollectedSnapshots {
        byChildIndex = Map.copyOf(byChildIndex);
    }

    CollectedSnapshots with(ChildSnapshot snapshot) {
        Map<Integer, ChildSnapshot> next = new HashMap<>(byChildIndex);
        next.put(snapshot.childIndex(), snapshot);
        return new CollectedSnapshots(next);
    }

    boolean coversAll(int children) {
        return byChildIndex.size() == children;
    }
}
