package org.frontdoor.notification.delivery;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The latest outcome of a delivery, as kept in the delivery log. {@code lastError} is a short
 * reason this service wrote itself (an HTTP status, "timed out"): never a response body, a
 * secret or personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryStatus(String deliveryId, String subscriptionId, String alertId, String kind, String clock,
                             String channel, Outcome status, int attempts, String lastError, Instant firstAttemptAt,
                             Instant updatedAt) {

    public enum Outcome { DELIVERED, RETRYING, FAILED }
}
