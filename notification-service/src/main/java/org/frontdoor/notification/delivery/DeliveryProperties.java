package org.frontdoor.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retry schedule: attempt 1 at once, then after {@code initialDelay}, multiplied by
 * {@code multiplier} each time up to {@code maxDelay}, {@code maxAttempts} attempts in all.
 * The defaults (6 attempts: 30 s, 90 s, 4.5 min, 13.5 min, 30 min) ride out a receiver that is
 * down for about three quarters of an hour.
 *
 * <p>How attempts are made: {@code concurrency} consumers read the delivery topics and hand each
 * delivery to one of {@code sendingThreads} threads, at most {@code parallelPerSubscription} at a
 * time per subscription, with at most {@code waitingPerSubscription} more waiting in line for
 * it; a delivery beyond that is a failed attempt ("receiver busy"). One subscription can
 * therefore never occupy every sending thread.
 */
@ConfigurationProperties("frontdoor.notifications.delivery")
public record DeliveryProperties(@DefaultValue("6") int maxAttempts,
                                 @DefaultValue("PT30S") Duration initialDelay,
                                 @DefaultValue("3.0") double multiplier,
                                 @DefaultValue("PT30M") Duration maxDelay,
                                 @DefaultValue("3") int concurrency,
                                 @DefaultValue("8") int sendingThreads,
                                 @DefaultValue("2") int parallelPerSubscription,
                                 @DefaultValue("1000") int waitingPerSubscription) {

    public DeliveryProperties {
        if (parallelPerSubscription < 1 || sendingThreads <= parallelPerSubscription) {
            throw new IllegalArgumentException("frontdoor.notifications.delivery.sending-threads must exceed "
                    + "parallel-per-subscription (at least 1), or one subscription could hold up every other");
        }
    }
}
