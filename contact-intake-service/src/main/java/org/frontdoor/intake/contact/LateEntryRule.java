package org.frontdoor.intake.contact;

import java.time.Duration;
import java.time.Instant;

/**
 * A contact received further back than the late-entry window must say why it is recorded late, in
 * {@code lateEntryReason}; one that is not late may not give a reason, so that a reason always marks a
 * late entry, in the event as in the audit trail.
 */
final class LateEntryRule {

    static final String FIELD = "lateEntryReason";
    static final int MAX_REASON = 500;

    private final Duration window;

    LateEntryRule(Duration window) {
        this.window = window;
    }

    void validate(Instant receivedAt, String reason, Instant now, Violations violations) {
        boolean late = receivedAt != null && receivedAt.isBefore(now.minus(window));
        if (late && (reason == null || reason.isBlank())) {
            violations.add(FIELD, "is required when receivedAt is more than " + describe(window)
                    + " ago: say why the contact is recorded late, in at most " + MAX_REASON + " characters");
        } else if (late) {
            violations.atMost(FIELD, reason, MAX_REASON);
        } else if (reason != null) {
            violations.add(FIELD, "is only for a contact received more than " + describe(window)
                    + " ago (a late entry); leave it out");
        }
    }

    private static String describe(Duration window) {
        return window.toSeconds() % Duration.ofDays(1).toSeconds() == 0 ? window.toDays() + " days" : window.toString();
    }
}
