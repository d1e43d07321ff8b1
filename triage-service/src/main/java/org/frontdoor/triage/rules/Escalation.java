package org.frontdoor.triage.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.frontdoor.events.Route;

/**
 * Rule 4: the level rises for multiple needs or repeated contacts, by at most {@code maximumRaise}
 * levels in all and never above 4. A raised level routes by {@link #routeByLevel}, which the loader
 * keeps free of STRATEGY_MEETING: escalation alone never starts the section 47 route.
 */
record Escalation(int maximumRaise, Map<ThresholdLevel, Route> routeByLevel,
        MultipleNeeds multipleNeeds, RepeatedContacts repeatedContacts) {

    /** Enough distinct indicators at the counted levels apply to the child. */
    record MultipleNeeds(int distinctIndicators, Set<ThresholdLevel> atLevels, Reason reason) {

        MultipleNeeds {
            atLevels = Set.copyOf(atLevels);
        }

        boolean holdsFor(ChildFindings findings) {
            return findings.distinctCodesAt(atLevels) >= distinctIndicators;
        }
    }

    /** The child already had enough contacts in the look-back window; this one is the next. */
    record RepeatedContacts(int priorContacts, LookBack window, Reason reason) {

        boolean holdsFor(ChildHistory history, LocalDate receivedOn) {
            long earlier = history.contacts().stream()
                    .filter(contact -> window.includes(contact.receivedOn(), receivedOn))
                    .count();
            return earlier >= priorContacts;
        }
    }

    Escalation {
        routeByLevel = Map.copyOf(routeByLevel);
    }

    Assessment apply(Assessment assessment, ChildFindings findings, ChildHistory history, LocalDate receivedOn) {
        List<Reason> grounds = new ArrayList<>(2);
        if (multipleNeeds.holdsFor(findings)) {
            grounds.add(multipleNeeds.reason());
        }
        if (repeatedContacts.holdsFor(history, receivedOn)) {
            grounds.add(repeatedContacts.reason());
        }
        ThresholdLevel raised = assessment.level().raisedBy(Math.min(grounds.size(), maximumRaise));
        if (raised == assessment.level()) {
            // Already at level 4, or no grounds: escalation did not shape this decision.
            return assessment;
        }
        // Routing by level must not take a child below the route its indicators already gave.
        Route route = Protectiveness.mostProtective(assessment.route(), routeByLevel.get(raised));
        return assessment.then(raised, route, grounds);
    }
}
