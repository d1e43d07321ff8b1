package org.frontdoor.triage.rules;

import java.util.Comparator;
import java.util.List;

/**
 * What one indicator of a contact means for one child.
 *
 * @param code the indicator code as the contact sent it
 * @param assumptions the parameter values that had to be assumed to reach the outcome
 */
record Finding(String code, Outcome outcome, List<Reason> assumptions) {

    /** Most serious first: highest level, then most protective route, then rule-set order. */
    static final Comparator<Finding> MOST_SERIOUS_FIRST = Comparator
            .comparing((Finding finding) -> finding.outcome().level()).reversed()
            .thenComparing(finding -> finding.outcome().route(), Protectiveness.LEAST_TO_MOST.reversed())
            .thenComparingInt(finding -> finding.outcome().order());

    Finding {
        assumptions = List.copyOf(assumptions);
    }

    ThresholdLevel level() {
        return outcome.level();
    }
}
