package org.frontdoor.triage.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The findings of every indicator that applies to one child (rule 3, "highest indicator wins"). */
final class ChildFindings {

    private final List<Finding> findings = new ArrayList<>();

    void add(Finding finding) {
        findings.add(finding);
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * The highest level among the findings, and the most protective route at that level. Reasons
     * list every finding, most serious first: the lower ones still count towards multiple needs
     * and tell the social worker what else the contact said.
     */
    Assessment assess() {
        List<Finding> sorted = mostSeriousFirst();
        Outcome top = sorted.get(0).outcome();
        return new Assessment(top.level(), top.route(), reasons(sorted));
    }

    /** Reasons of every finding, most serious first, each once however often the contact repeated it. */
    List<Reason> reasons() {
        return reasons(mostSeriousFirst());
    }

    /** Distinct indicator codes whose finding for this child is at one of the levels. */
    int distinctCodesAt(Set<ThresholdLevel> levels) {
        Set<String> codes = new LinkedHashSet<>();
        for (Finding finding : findings) {
            if (levels.contains(finding.level())) {
                codes.add(finding.code());
            }
        }
        return codes.size();
    }

    private List<Finding> mostSeriousFirst() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.MOST_SERIOUS_FIRST);
        return sorted;
    }

    private static List<Reason> reasons(List<Finding> sorted) {
        Set<Reason> reasons = new LinkedHashSet<>();
        for (Finding finding : sorted) {
            reasons.add(finding.outcome().reason());
            reasons.addAll(finding.assumptions());
        }
        return List.copyOf(reasons);
    }
}
