package org.frontdoor.triage.rules;

import java.util.List;

/** The contacts about one child received before the contact being decided. */
public record ChildHistory(List<PriorContact> contacts) {

    private static final ChildHistory NONE = new ChildHistory(List.of());

    public ChildHistory {
        contacts = List.copyOf(contacts);
    }

    public static ChildHistory none() {
        return NONE;
    }
}
