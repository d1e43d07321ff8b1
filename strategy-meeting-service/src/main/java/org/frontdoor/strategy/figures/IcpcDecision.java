package org.frontdoor.strategy.figures;

import java.time.LocalDate;

import org.frontdoor.events.IcpcOutcome;

/**
 * How a section 47 enquiry reached its conference decision: an ICPC held, or recorded as not
 * required.
 *
 * @param heldOn the date of the ICPC; null when none was held
 */
public record IcpcDecision(LocalDate heldOn, Result result) {

    public enum Result {
        CHILD_PROTECTION_PLAN, NO_PLAN, NOT_REQUIRED
    }

    static IcpcDecision held(LocalDate heldOn, IcpcOutcome outcome) {
        return new IcpcDecision(heldOn, outcome == IcpcOutcome.CHILD_PROTECTION_PLAN ? Result.CHILD_PROTECTION_PLAN : Result.NO_PLAN);
    }

    static IcpcDecision notRequired() {
        return new IcpcDecision(null, Result.NOT_REQUIRED);
    }

    boolean held() {
        return heldOn != null;
    }
}
