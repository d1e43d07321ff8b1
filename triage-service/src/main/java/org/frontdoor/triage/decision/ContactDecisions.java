package org.frontdoor.triage.decision;

import java.util.List;

/** The decisions for every child of one contact, in child order. */
public record ContactDecisions(List<DecisionView> decisions) {

    public ContactDecisions {
        decisions = List.copyOf(decisions);
    }
}
