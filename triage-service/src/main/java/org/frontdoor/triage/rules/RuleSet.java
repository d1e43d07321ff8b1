package org.frontdoor.triage.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A checked threshold-of-need rule set, compiled into lookup structures so that deciding a contact
 * does no parsing and no searching. Made only by {@link RuleSetLoader}.
 */
public final class RuleSet {

    /** The sentences of the combination rules that carry no parameters of their own. */
    record CombinationReasons(Reason immediateRisk, Reason siblingStrategyMeeting, Reason nothingOfConcern) {
    }

    private final String version;
    private final Map<String, Indicator> indicatorsByCode;
    private final Outcome unknownIndicator;
    private final CombinationReasons reasons;
    private final Escalation escalation;
    private final ConsentRule consent;
    private final ReReferral reReferral;
    private final RagTable rag;
    private final Teams teams;

    RuleSet(String version, List<Indicator> indicators, Outcome unknownIndicator, CombinationReasons reasons,
            Escalation escalation, ConsentRule consent, ReReferral reReferral, RagTable rag, Teams teams) {
        this.version = version;
        this.indicatorsByCode = indicators.stream()
                .collect(Collectors.toUnmodifiableMap(Indicator::code, indicator -> indicator));
        this.unknownIndicator = unknownIndicator;
        this.reasons = reasons;
        this.escalation = escalation;
        this.consent = consent;
        this.reReferral = reReferral;
        this.rag = rag;
        this.teams = teams;
    }

    /** The version id every decision records, e.g. {@code default-2026.1}. */
    public String version() {
        return version;
    }

    /** The indicator with this code, or null for a code the rule set does not know. */
    Indicator indicator(String code) {
        return indicatorsByCode.get(code);
    }

    Outcome unknownIndicator() {
        return unknownIndicator;
    }

    CombinationReasons reasons() {
        return reasons;
    }

    Escalation escalation() {
        return escalation;
    }

    ConsentRule consent() {
        return consent;
    }

    ReReferral reReferral() {
        return reReferral;
    }

    RagTable rag() {
        return rag;
    }

    Teams teams() {
        return teams;
    }

    @Override
    public String toString() {
        return "RuleSet[" + version + ", " + indicatorsByCode.size() + " indicators]";
    }
}
