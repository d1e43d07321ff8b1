package org.frontdoor.strategy.web;

import java.util.Optional;

/**
 * Where a command comes from: who sends it (the subject of their token, which its events record)
 * and the Idempotency-Key their client named it with, if any.
 */
record CommandOrigin(String recordedBy, Optional<IdempotencyKey> key) {
}
