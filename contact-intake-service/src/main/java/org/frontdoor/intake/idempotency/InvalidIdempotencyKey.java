package org.frontdoor.intake.idempotency;

/** The Idempotency-Key header is blank, too long or not printable ASCII. */
public class InvalidIdempotencyKey extends RuntimeException {

    public InvalidIdempotencyKey() {
        super("must be 1 to " + IdempotencyKey.MAX_LENGTH + " printable ASCII characters, not all spaces");
    }
}
