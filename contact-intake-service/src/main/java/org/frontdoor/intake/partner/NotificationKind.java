package org.frontdoor.intake.partner;

/** What a partner agency is notifying the front door of; each agency may send only its configured kinds. */
public enum NotificationKind {
    /**
     * A domestic abuse incident the police attended, graded by the DASH checklist: it records a
     * DOMESTIC_ABUSE indicator with that grading for every child.
     */
    DOMESTIC_ABUSE_INCIDENT,
    /** A police public protection notice (PPN). */
    PUBLIC_PROTECTION_NOTICE,
    /** A safeguarding concern about a child, for example from a school or a health professional. */
    SAFEGUARDING_CONCERN
}
