package org.frontdoor.intake.fuzz;

/** Which endpoint a generated request is aimed at, and as whom it calls. */
enum Target {
    /** POST /api/v1/contacts as front-door staff. */
    CONTACT,
    /** POST /api/v1/partner-notifications as the police, who may send every kind. */
    POLICE_NOTIFICATION,
    /** POST /api/v1/partner-notifications as a school, which sends safeguarding concerns only. */
    SCHOOL_NOTIFICATION;

    boolean isNotification() {
        return this != CONTACT;
    }
}
