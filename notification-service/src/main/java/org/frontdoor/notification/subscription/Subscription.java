package org.frontdoor.notification.subscription;

import java.time.Instant;

import org.frontdoor.notification.alert.AlertFilter;

/** A manager's standing request to hear about the alerts {@code filter} matches, on one channel. */
public record Subscription(String subscriptionId, AlertFilter filter, Channel channel, Instant createdAt) {
}
