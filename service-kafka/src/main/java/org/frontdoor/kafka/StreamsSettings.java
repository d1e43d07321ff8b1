package org.frontdoor.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every Kafka Streams application of a service runs, beyond what {@code spring.kafka.streams}
 * says.
 *
 * @param threadReplacement how many failed stream threads are replaced before the application gives up
 */
@ConfigurationProperties("frontdoor.streams")
public record StreamsSettings(@DefaultValue ThreadReplacement threadReplacement) {

    /**
     * @param maxReplacements threads replaced within {@code window}; one more failure shuts the application down
     * @param window          the sliding window the replacements are counted in
     */
    public record ThreadReplacement(@DefaultValue("5") int maxReplacements, @DefaultValue("PT10M") Duration window) {

        public ThreadReplacement {
            if (maxReplacements < 0) {
                throw new IllegalArgumentException("frontdoor.streams.thread-replacement.max-replacements must not be negative");
            }
            if (window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("frontdoor.streams.thread-replacement.window must be positive");
            }
        }
    }
}
