package org.frontdoor.triage.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.frontdoor.events.ContactChild;
import org.frontdoor.events.ContactIndicator;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Route;

/**
 * Applies a rule set to a contact: one decision per child, following domain section 4.2 in order.
 * Pure and deterministic: the same contact, histories and rule set always give the same decisions,
 * reasons included, in the same order. Thread-safe.
 */
public final class ThresholdRules {

    /** Ages and look-back windows are counted in local dates where the front door works. */
    private static final ZoneId FRONT_DOOR_ZONE = ZoneId.of("Europe/London");

    private final RuleSet ruleSet;

    public ThresholdRules(RuleSet ruleSet) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    }

    /**
     * @param historyByChildIndex each child's earlier contacts, by index into the contact's
     *     children; a child without an entry has no history
     * @return one decision per child, in the order of the contact's children
     */
    public List<ChildDecision> decide(ContactReceived contact, Map<Integer, ChildHistory> historyByChildIndex) {
        LocalDate receivedOn = LocalDate.ofInstant(contact.getReceivedAt(), FRONT_DOOR_ZONE);
        List<ChildFindings> findings = findingsByChild(contact, receivedOn);
        int children = findings.size();

        List<Assessment> own = new ArrayList<>(children);
        for (int index = 0; index < children; index++) {
            own.add(assessOwn(contact, findings.get(index), history(historyByChildIndex, index), receivedOn));
        }
        // Escalation never routes to a strategy meeting, so a child's own strategy meeting came from
        // immediate risk or an indicator of significant harm: rules 2 and 3, as rule 5 requires.
        boolean strategyMeetingInHousehold = own.stream().anyMatch(a -> a.route() == Route.STRATEGY_MEETING);

        List<ChildDecision> decisions = new ArrayList<>(children);
        for (int index = 0; index < children; index++) {
            Assessment assessment = own.get(index);
            if (strategyMeetingInHousehold && assessment.route() != Route.STRATEGY_MEETING) {
                assessment = assessment.then(ThresholdLevel.ACUTE, Route.STRATEGY_MEETING,
                        ruleSet.reasons().siblingStrategyMeeting());
            }
            decisions.add(conclude(index, assessment, contact, history(historyByChildIndex, index), receivedOn));
        }
        return List.copyOf(decisions);
    }

    /** Rules 2, 3, 4 and 7, for one child on its own. */
    private Assessment assessOwn(ContactReceived contact, ChildFindings findings, ChildHistory history,
            LocalDate receivedOn) {
        if (contact.getImmediateRisk()) {
            // The child's own indicators still go on record for the strategy meeting to see.
            List<Reason> reasons = new ArrayList<>();
            reasons.add(ruleSet.reasons().immediateRisk());
            reasons.addAll(findings.reasons());
            return new Assessment(ThresholdLevel.ACUTE, Route.STRATEGY_MEETING, reasons);
        }
        if (findings.isEmpty()) {
            return new Assessment(ThresholdLevel.UNIVERSAL, Route.NO_FURTHER_ACTION,
                    List.of(ruleSet.reasons().nothingOfConcern()));
        }
        return ruleSet.escalation().apply(findings.assess(), findings, history, receivedOn);
    }

    /** Rules 6, 8 and 9, and the team. */
    private ChildDecision conclude(int childIndex, Assessment assessment, ContactReceived contact,
            ChildHistory history, LocalDate receivedOn) {
        ConsentRule.Result consented = ruleSet.consent().apply(assessment, contact.getConsent());
        Assessment last = consented.assessment();
        boolean reReferral = ruleSet.reReferral().holdsFor(history, receivedOn);
        List<Reason> reasons = reReferral
                ? last.then(last.level(), last.route(), ruleSet.reReferral().reason()).reasons()
                : last.reasons();
        return new ChildDecision(
                childIndex,
                last.level(),
                last.route(),
                ruleSet.rag().rag(last.route(), last.level()),
                reasons,
                reReferral,
                consented.consentOverridden(),
                ruleSet.teams().teamFor(last.route()),
                ruleSet.version());
    }

    private List<ChildFindings> findingsByChild(ContactReceived contact, LocalDate receivedOn) {
        List<ContactChild> children = contact.getChildren();
        List<ChildFacts> facts = new ArrayList<>(children.size());
        List<ChildFindings> findings = new ArrayList<>(children.size());
        for (ContactChild child : children) {
            facts.add(ChildFacts.of(child, receivedOn));
            findings.add(new ChildFindings());
        }
        for (ContactIndicator given : contact.getIndicators()) {
            Indicator indicator = ruleSet.indicator(given.getCode());
            IndicatorReading reading = indicator == null ? null : indicator.read(given.getParameters());
            for (int index : childrenConcerned(given, children.size())) {
                findings.get(index).add(indicator == null
                        ? new Finding(given.getCode(), ruleSet.unknownIndicator(), List.of())
                        : indicator.assess(facts.get(index), reading));
            }
        }
        return findings;
    }

    /** Every child when the indicator names none; an index naming no child of the contact concerns nobody. */
    private static List<Integer> childrenConcerned(ContactIndicator indicator, int children) {
        if (indicator.getChildIndexes() == null) {
            List<Integer> all = new ArrayList<>(children);
            for (int index = 0; index < children; index++) {
                all.add(index);
            }
            return all;
        }
        return indicator.getChildIndexes().stream()
                .filter(index -> index != null && index >= 0 && index < children)
                .toList();
    }

    private static ChildHistory history(Map<Integer, ChildHistory> historyByChildIndex, int index) {
        return historyByChildIndex.getOrDefault(index, ChildHistory.none());
    }
}
