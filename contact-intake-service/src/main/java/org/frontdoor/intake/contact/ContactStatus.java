package org.frontdoor.intake.contact;

/** Where a contact is in the front door, as its submitter sees it. */
public enum ContactStatus {
    /** Recorded; triage has not yet decided for every child. */
    RECEIVED,
    /** Triage has decided a route for every child in the contact. */
    TRIAGED
}
