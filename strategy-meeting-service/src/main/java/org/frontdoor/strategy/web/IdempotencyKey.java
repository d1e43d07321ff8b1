package org.frontdoor.strategy.web;

import java.util.Optional;

/**
 * The client's name for one command on a case, sent in the {@value #HEADER} header: sent again
 * with the same request it is a retry, with a different one a conflict. Printable ASCII only, so
 * it can never contain the separator of the command's name (see {@code CaseIds.commandId}).
 */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 100;

    IdempotencyKey {
        if (value.isBlank() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidField(HEADER, "Must be 1 to " + MAX_LENGTH + " printable ASCII characters, not all spaces.");
        }
    }

    /** The key of a request; none when the header is absent. */
    static Optional<IdempotencyKey> of(String header) {
        return Optional.ofNullable(header).map(IdempotencyKey::new);
    }
}
