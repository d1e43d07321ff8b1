package org.frontdoor.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake service itself.
 *
 * @param retryAfter       what a 503 tells the client to wait before trying again
 * @param recentlyAccepted how many just-published contacts are remembered while the state stores
 *                         catch up with them (see {@code RecentlyAccepted})
 */
@ConfigurationProperties("frontdoor.intake")
public record IntakeProperties(@DefaultValue("5s") Duration retryAfter,
                               @DefaultValue("10000") int recentlyAccepted) {
}
