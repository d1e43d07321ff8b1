package org.frontdoor.triage.rules;

import java.time.LocalDate;
import java.util.Objects;

import org.frontdoor.events.Route;

/**
 * An earlier contact about the same child.
 *
 * @param receivedOn the local date (Europe/London) the earlier contact was received
 * @param route the route that contact ended up with; null while that contact is still being decided
 *              (two contacts about a child moments apart), which counts as a contact but not a referral
 */
public record PriorContact(LocalDate receivedOn, Route route) {

    public PriorContact {
        Objects.requireNonNull(receivedOn, "receivedOn");
    }
}
