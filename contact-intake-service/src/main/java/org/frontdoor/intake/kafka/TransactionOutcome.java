package org.frontdoor.intake.kafka;

/** How the transaction that wrote a record ended, as far as Kafka can say right now. */
public enum TransactionOutcome {
    /** Committed: read_committed consumers see the record. */
    COMMITTED,
    /** Aborted: no read_committed consumer will ever see the record. */
    ABORTED,
    /** Not yet known: the transaction is still open, or the broker did not answer in time. */
    PENDING
}
