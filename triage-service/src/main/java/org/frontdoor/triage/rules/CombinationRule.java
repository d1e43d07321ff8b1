package org.frontdoor.triage.rules;

/**
 * The rules of domain section 4.2 that are not an indicator's own outcome. Their ids are fixed so
 * that reports can count them; their sentences come from the rule set. An indicator's rule id may
 * not reuse one of these.
 */
public enum CombinationRule {
    IMMEDIATE_RISK,
    SIBLING_STRATEGY_MEETING,
    NOTHING_OF_CONCERN,
    UNKNOWN_INDICATOR,
    ESCALATION_MULTIPLE_NEEDS,
    ESCALATION_REPEATED_CONTACTS,
    CONSENT_NOT_GIVEN,
    CONSENT_OVERRIDDEN,
    RE_REFERRAL;

    public String ruleId() {
        return name();
    }

    Reason because(String text) {
        return new Reason(ruleId(), text);
    }
}
