package org.frontdoor.notification.subscription;

import java.time.Instant;

/**
 * What a request with an Idempotency-Key did, kept on the subscription-requests topic: the
 * subscription it created, and the request's fingerprint to tell a retry from another request
 * under the same key. It outlives the subscription: a retry after a delete is still a retry.
 */
public record SubscriptionRequestRecord(String fingerprint, String subscriptionId, Instant recordedAt) {
}
