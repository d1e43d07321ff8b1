package org.frontdoor.strategy.cases;

/**
 * A fact that the case's state does not allow. Its message says which rule, in words fit for a
 * problem detail: it never carries personal data.
 */
public final class CaseRuleViolation extends RuntimeException {

    public enum Kind {
        /** The case is not in a state that allows it (HTTP 409). */
        CONFLICT,
        /** A date the case's record rules out, such as one before the case opened (HTTP 422). */
        IMPOSSIBLE_DATE,
        /** The Idempotency-Key already recorded a different request on the case (HTTP 409). */
        KEY_REUSED
    }

    private final Kind kind;

    private CaseRuleViolation(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static CaseRuleViolation conflict(String message) {
        return new CaseRuleViolation(Kind.CONFLICT, message);
    }

    public static CaseRuleViolation impossibleDate(String message) {
        return new CaseRuleViolation(Kind.IMPOSSIBLE_DATE, message);
    }

    public static CaseRuleViolation keyReused() {
        return new CaseRuleViolation(Kind.KEY_REUSED,
                "This Idempotency-Key already recorded a different request on this case; use a new key for a new request.");
    }

    public Kind kind() {
        return kind;
    }
}
