package org.frontdoor.strategy.stream;

/**
 * The names of this service's state stores and repartition topic. They are fixed, never
 * generated: a generated name changes when the topology changes and strands the changelog.
 */
public final class StoreNames {

    /** caseId to the case. */
    public static final String CASES = "strategy-cases";
    /** Moment the next alert falls due, caseId, clock and cycle to the kind of alert: see {@link DueIndex}. */
    public static final String DUE_INDEX = "strategy-case-due-index";
    /** Secondary keys (contact id, status) to caseId, for the queries that are not by case id. */
    public static final String LOOKUP = "strategy-case-lookup";
    /** caseId to the W3C traceparent of the record that opened the case, which its alerts carry (decision 0011). */
    public static final String OPENING_TRACES = "strategy-case-opening-traces";
    /** Triage facts that open or close a case, re-keyed by case id. */
    public static final String PROPOSALS_REPARTITION = "strategy-case-proposals";

    private StoreNames() {
    }
}
