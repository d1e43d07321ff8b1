package org.frontdoor.notification.subscription;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A subscription as {@code GET /api/v1/subscriptions} shows it, without the channel's secret. */
public record SubscriptionView(String subscriptionId, Set<String> teams, Set<String> clocks, Set<String> kinds,
                               ChannelView channel, Instant createdAt) {

    static SubscriptionView of(Subscription subscription) {
        return new SubscriptionView(subscription.subscriptionId(), new TreeSet<>(subscription.filter().teams()),
                new TreeSet<>(subscription.filter().clocks()), new TreeSet<>(subscription.filter().kinds()),
                subscription.channel().view(), subscription.createdAt());
    }
}
