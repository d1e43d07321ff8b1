package org.frontdoor.triage.decision;

import java.util.List;
import java.util.Optional;

import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.triage.decision.DecisionView.ManagementDecisionView;

/** The decisions for every child of one contact, in child order. */
public record ContactDecisions(List<DecisionView> decisions) {

    public ContactDecisions {
        decisions = List.copyOf(decisions);
    }

    Optional<DecisionView> find(String decisionId) {
        return decisions.stream().filter(decision -> decision.decisionId().equals(decisionId)).findFirst();
    }

    ContactDecisions managed(ManagementDecisionRecorded managed) {
        ManagementDecisionView view = ManagementDecisionView.of(managed);
        return new ContactDecisions(decisions.stream()
                .map(decision -> decision.decisionId().equals(managed.getDecisionId()) ? decision.withManagement(view) : decision)
                .toList());
    }
}
