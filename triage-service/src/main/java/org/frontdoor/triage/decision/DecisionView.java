package org.frontdoor.triage.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ManagementDecisionRecorded;

/** One child's decision as social workers and managers read it through the API. */
public record DecisionView(String decisionId, String contactId, int childIndex, String childRef, int level,
                           String route, String rag, List<ReasonView> reasons, String rulesetVersion,
                           boolean reReferral, boolean consentOverridden, String team, Instant decidedAt,
                           LocalDate decisionDueOn, ManagementDecisionView managementDecision) {

    public record ReasonView(String ruleId, String text) {
    }

    /**
     * A manager's confirmation or override of the decision; null until one is recorded.
     *
     * @param recordedBy the subject of the manager's token
     */
    public record ManagementDecisionView(String outcome, String route, String reason, String recordedBy,
                                         Instant recordedAt) {

        static ManagementDecisionView of(ManagementDecisionRecorded managed) {
            return new ManagementDecisionView(managed.getOutcome().name(), managed.getRoute().name(), managed.getReason(),
                    managed.getRecordedBy(), managed.getRecordedAt());
        }
    }

    DecisionView withManagement(ManagementDecisionView management) {
        return new DecisionView(decisionId, contactId, childIndex, childRef, level, route, rag, reasons, rulesetVersion,
                reReferral, consentOverridden, team, decidedAt, decisionDueOn, management);
    }

    static DecisionView of(ChildTriaged decision) {
        return new DecisionView(decision.getDecisionId(), decision.getContactId(), decision.getChildIndex(),
                decision.getChildRef(), decision.getLevel(), decision.getRoute().name(), decision.getRag().name(),
                decision.getReasons().stream().map(reason -> new ReasonView(reason.getRuleId(), reason.getText())).toList(),
                decision.getRulesetVersion(), decision.getReReferral(), decision.getConsentOverridden(), decision.getTeam(),
                decision.getDecidedAt(), decision.getDecisionDueOn(), null);
    }
}
