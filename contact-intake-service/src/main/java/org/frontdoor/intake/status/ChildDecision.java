package org.frontdoor.intake.status;

import org.frontdoor.events.ChildTriaged;

/** Triage's decision for one child of a contact, by ids and codes only: no personal data. */
public record ChildDecision(int childIndex, String decisionId, String route, int level, String rag) {

    static ChildDecision of(ChildTriaged decision) {
        return new ChildDecision(decision.getChildIndex(), decision.getDecisionId(), decision.getRoute().name(),
                decision.getLevel(), decision.getRag().name());
    }
}
