package org.frontdoor.triage.rules;

import java.util.List;
import java.util.Map;

import org.frontdoor.events.Route;

/** Earlier contacts, counted in days before {@link AContact#RECEIVED_ON}. */
final class Histories {

    private Histories() {
    }

    static PriorContact daysBefore(int days, Route route) {
        return new PriorContact(AContact.RECEIVED_ON.minusDays(days), route);
    }

    static ChildHistory history(PriorContact... contacts) {
        return new ChildHistory(List.of(contacts));
    }

    /** The same history for the only child of a contact. */
    static Map<Integer, ChildHistory> onlyChild(PriorContact... contacts) {
        return Map.of(0, history(contacts));
    }
}
