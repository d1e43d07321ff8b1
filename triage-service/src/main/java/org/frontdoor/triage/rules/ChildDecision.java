package org.frontdoor.triage.rules;

import java.util.List;
import java.util.Objects;

import org.frontdoor.events.Rag;
import org.frontdoor.events.Route;

/**
 * The threshold-of-need decision for one child in one contact.
 *
 * @param childIndex the child's index in the contact's children
 * @param reasons every rule that shaped the decision, in a stable order
 * @param reReferral the child had a contact routed to the MASH or a strategy meeting in the look-back window
 * @param consentOverridden the route goes ahead although consent was not given
 * @param team the team that owns the decision's follow-up
 * @param rulesetVersion the version of the rule set that decided
 */
public record ChildDecision(
        int childIndex,
        ThresholdLevel level,
        Route route,
        Rag rag,
        List<Reason> reasons,
        boolean reReferral,
        boolean consentOverridden,
        String team,
        String rulesetVersion) {

    public ChildDecision {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(rag, "rag");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
    }
}
