package org.frontdoor.intake.idempotency;

/** The Idempotency-Key was already used for a different contact. */
public class IdempotencyConflict extends RuntimeException {

    public IdempotencyConflict() {
        super("The Idempotency-Key was already used for a different contact");
    }
}
