package org.frontdoor.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retry schedule: attempt 1 at once, then after {@code initialDelay}, multiplied by
 * {@code multiplier} each time up to {@code maxDelay}, {@code maxAttempts} attempts in all.
 * The defaults (6 attempts: 30 s, 90 s, 4.5 min, 13.5 min, 30 min) ride out a receiver that is
 * down for about three quarters of an hour.
 */
@ConfigurationProperties("frontdoor.notifications.delivery")
public record DeliveryProperties(@DefaultValue("6") int maxAttempts,
                                 @DefaultValue("PT30S") Duration initialDelay,
                                 @DefaultValue("3.0") double multiplier,
                                 @DefaultValue("PT30M") Duration maxDelay,
                                 @DefaultValue("3") int concurrency) {
}
