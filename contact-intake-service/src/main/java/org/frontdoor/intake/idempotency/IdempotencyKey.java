package org.frontdoor.intake.idempotency;

/**
 * The client's name for one submission, sent in the {@value #HEADER} header: the same key with the
 * same contact is a replay, with a different contact a conflict. It is recorded as it was sent.
 */
public record IdempotencyKey(String value) implements SubmissionKey {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 100;

    public IdempotencyKey {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidIdempotencyKey();
        }
    }

    @Override
    public IdempotencyConflict conflict() {
        return new IdempotencyConflict();
    }
}
