package org.frontdoor.intake.idempotency;

/**
 * What a submission is recorded under on the submissions topic, so that sending it again can never
 * record it twice: a client's {@link IdempotencyKey}, or a partner agency's own reference.
 */
public interface SubmissionKey {

    /** The key of the submission's record on the submissions topic. */
    String value();

    /** The refusal when this key already recorded a different submission. */
    RuntimeException conflict();
}
