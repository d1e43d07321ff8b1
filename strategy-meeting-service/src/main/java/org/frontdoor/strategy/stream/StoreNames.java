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
    /** Clock type and stored status to the number of clocks in it, for the metrics. */
    public static final String CLOCK_STATUS_COUNTS = "strategy-clock-status-counts";
    /** Triage facts that open or close a case, re-keyed by case id. */
    public static final String PROPOSALS_REPARTITION = "strategy-case-proposals";

    private StoreNames() {
    }
}
