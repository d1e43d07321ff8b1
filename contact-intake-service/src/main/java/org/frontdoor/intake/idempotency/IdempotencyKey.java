package org.frontdoor.intake.idempotency;

/**
 * The client's name for one submission, sent in the {@value #HEADER} header: the same key with the
 * same contact is a replay, with a different contact a conflict.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 100;

    public IdempotencyKey {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidIdempotencyKey();
        }
    }
}
