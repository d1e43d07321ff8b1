package org.frontdoor.triage.decision;

/** Names of the state stores of the decision pipeline, all partitioned by contact id. */
final class DecisionStores {

    /** Contacts waiting for every child's history. */
    static final String CONTACTS_AWAITING_HISTORY = "contacts-awaiting-history";
    /** Children's histories waiting for the rest of their contact. */
    static final String SNAPSHOTS_AWAITING_CONTACT = "snapshots-awaiting-contact";
    /** Every decision made, for the API, by contact id. */
    static final String CONTACT_DECISIONS = "contact-decisions";
    /** Decision id to contact id, so a decision can be found by its own id. */
    static final String DECISION_CONTACTS = "decision-contacts";
    /** Managers' requests answered lately, by request key: a request sent again is answered alike. */
    static final String MANAGEMENT_REQUESTS = "management-requests";

    private DecisionStores() {
    }
}
