package org.frontdoor.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake service itself.
 *
 * @param retryAfter       what a 503 tells the client to wait before trying again
 * @param recentlyAccepted how many just-published contacts are remembered while the state stores
 *                         catch up with them (see {@code RecentlyAccepted}), and how many
 *                         submissions whose commit Kafka did not confirm (see {@code EarlierSubmissions})
 * @param kafkaMaxBlock    how long a request waits on Kafka at each step of recording a contact
 *                         (starting a producer, sending, the acknowledgement, the commit): the
 *                         producer's {@code max.block.ms}. Past it the client hears 503.
 */
@ConfigurationProperties("frontdoor.intake")
public record IntakeProperties(@DefaultValue("5s") Duration retryAfter,
                               @DefaultValue("10000") int recentlyAccepted,
                               @DefaultValue("5s") Duration kafkaMaxBlock) {

    public IntakeProperties {
        if (kafkaMaxBlock.isNegative() || kafkaMaxBlock.isZero()) {
            throw new IllegalArgumentException("frontdoor.intake.kafka-max-block must be positive");
        }
    }
}
