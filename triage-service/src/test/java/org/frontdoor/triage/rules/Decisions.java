package org.frontdoor.triage.rules;

import java.util.List;
import java.util.Map;

/** Decides contacts with the default rule set, loaded once for every test. */
final class Decisions {

    static final RuleSet DEFAULT = RuleSetLoader.loadDefault();
    private static final ThresholdRules RULES = new ThresholdRules(DEFAULT);

    private Decisions() {
    }

    static List<ChildDecision> decide(AContact contact) {
        return decide(contact, Map.of());
    }

    static List<ChildDecision> decide(AContact contact, Map<Integer, ChildHistory> histories) {
        return RULES.decide(contact.build(), histories);
    }

    /** The decision for a contact about one child. */
    static ChildDecision decideOnly(AContact contact) {
        return decideOnly(contact, Map.of());
    }

    static ChildDecision decideOnly(AContact contact, Map<Integer, ChildHistory> histories) {
        List<ChildDecision> decisions = decide(contact, histories);
        if (decisions.size() != 1) {
            throw new IllegalStateException("Expected one child, decided " + decisions.size());
        }
        return decisions.get(0);
    }

    static List<String> ruleIds(ChildDecision decision) {
        return decision.reasons().stream().map(Reason::ruleId).toList();
    }
}
