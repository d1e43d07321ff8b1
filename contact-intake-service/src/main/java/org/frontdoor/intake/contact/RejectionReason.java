package org.frontdoor.intake.contact;

import java.util.Locale;

/** Why a contact request was refused, as a metric tag. */
public enum RejectionReason {
    MALFORMED,
    INVALID,
    INVALID_IDEMPOTENCY_KEY,
    IDEMPOTENCY_CONFLICT,
    UNAVAILABLE,
    /** Kafka did not confirm the commit: the contact may be recorded after all. */
    OUTCOME_UNKNOWN;

    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
