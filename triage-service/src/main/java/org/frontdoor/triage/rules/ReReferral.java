package org.frontdoor.triage.rules;

import java.time.LocalDate;
import java.util.Set;

import org.frontdoor.events.Route;

/** Rule 8: a flag for the returns when the child was referred in the look-back window; it routes nothing. */
record ReReferral(Set<Route> routes, LookBack window, Reason reason) {

    ReReferral {
        routes = Set.copyOf(routes);
    }

    boolean holdsFor(ChildHistory history, LocalDate receivedOn) {
        return history.contacts().stream().anyMatch(contact ->
                contact.route() != null && routes.contains(contact.route()) && window.includes(contact.receivedOn(), receivedOn));
    }
}
