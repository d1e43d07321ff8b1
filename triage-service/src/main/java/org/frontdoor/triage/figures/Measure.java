package org.frontdoor.triage.figures;

/** What a tally counts. docs/figures.md defines each one. */
enum Measure {
    /** Contacts received, by the London date of receipt and referral source. */
    CONTACTS_RECEIVED,
    /** Contacts recorded late (with a late-entry reason), by the London date of receipt. */
    LATE_ENTRIES,
    /** Triage decisions, one per child per contact, by the London date of receipt, referral source and route. */
    CHILD_DECISIONS,
    /** Decisions routing to MASH or a strategy meeting that triage flagged as re-referrals, by date of receipt and route. */
    RE_REFERRALS,
    /** Decisions a manager confirmed or overrode on or before the decision's due date, by date of receipt. */
    MANAGED_IN_TIME,
    /** Decisions a manager confirmed or overrode after the due date, by date of receipt. */
    MANAGED_LATE,
    /** Decisions whose clock breached and that no manager has decided yet, by date of receipt. */
    BREACHED_AWAITING_MANAGER,
    /** Breaches of the contact-decision clock, by the date the clock breached. */
    BREACHES,
    /** Contact-decision clocks still running now, by team and RAG; they have no date. */
    OPEN_CLOCKS
}
