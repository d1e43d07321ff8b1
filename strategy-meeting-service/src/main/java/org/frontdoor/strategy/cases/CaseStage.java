package org.frontdoor.strategy.cases;

/** How far along the section 47 pathway a case has come; it decides which facts may follow. */
public enum CaseStage {
    /** Routed to a strategy meeting, none held yet. */
    AWAITING_STRATEGY_MEETING,
    /** A strategy meeting started a section 47 enquiry; the ICPC is awaited. */
    SECTION_47_ENQUIRY,
    /** The ICPC made a child protection plan. */
    CHILD_PROTECTION_PLAN,
    /** The pathway reached its end (no enquiry, no plan, ICPC not required, plan ended); the case closes. */
    CONCLUDED
}
