package org.frontdoor.notification.subscription;

import java.time.Instant;

import org.frontdoor.notification.alert.AlertFilter;

/**
 * A manager's standing request to hear about the alerts {@code filter} matches, on one channel.
 * {@code owner} is the token subject of the manager who created it: only they can see or delete
 * it. It is stored with the subscription, so it survives restarts. A subscription stored before
 * subscriptions had owners has none: it is still delivered, and no manager sees it.
 */
public record Subscription(String subscriptionId, AlertFilter filter, Channel channel, Instant createdAt, String owner) {

    public boolean ownedBy(String subject) {
        return owner != null && owner.equals(subject);
    }
}
