package org.frontdoor.notification.subscription;

import java.util.Optional;

import org.frontdoor.notification.api.InvalidRequest;

/**
 * A manager's name for one request, sent in the {@value #HEADER} header: the same key again, from
 * the same manager, is a retry of that request. Each manager's keys are their own.
 */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 100;

    /** @throws InvalidRequest naming the header when it is blank, too long or not printable ASCII */
    static Optional<IdempotencyKey> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.isBlank() || header.length() > MAX_LENGTH || !header.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidRequest(HEADER, "must be 1 to " + MAX_LENGTH + " printable ASCII characters, not all spaces");
        }
        return Optional.of(new IdempotencyKey(header));
    }

    /** Where the request is recorded: the manager's subject and the key, which no subject contains. */
    String recordKey(String owner) {
        return owner + '\u0000' + value;
    }
}
