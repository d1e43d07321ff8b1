package org.frontdoor.triage.decision;

import java.util.Optional;

/**
 * The manager's name for one request, sent in the {@value #HEADER} header: the same key again is
 * a retry, answered as the first request was; with another body it is a conflict. A key belongs
 * to one manager and one decision: the same key on another decision is another request.
 */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 100;

    IdempotencyKey {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidIdempotencyKeyException();
        }
    }

    /** @param header the header as sent; null when the request has none */
    static Optional<IdempotencyKey> of(String header) {
        return Optional.ofNullable(header).map(IdempotencyKey::new);
    }

    static final class InvalidIdempotencyKeyException extends RuntimeException {
        InvalidIdempotencyKeyException() {
            super("1 to " + MAX_LENGTH + " printable ASCII characters");
        }
    }
}
