package org.frontdoor.notification.subscription;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxPerManager  how many subscriptions one manager may hold at once
 * @param kafkaMaxBlock  the longest a request waits on Kafka at any one step of a write (the
 *                       producer's {@code max.block.ms}: metadata, buffer space, a transaction's
 *                       start and commit); longer, and the answer is 503
 */
@ConfigurationProperties("frontdoor.notifications.subscriptions")
public record SubscriptionProperties(@DefaultValue("20") int maxPerManager, @DefaultValue("PT5S") Duration kafkaMaxBlock) {
}
