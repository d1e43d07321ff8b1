package org.frontdoor.strategy.figures;

import org.frontdoor.kafka.StreamsHealth;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The figures topology's health, by the rule every Streams application follows. It is not part of
 * readiness: the cases can be read and recorded while the figures catch up.
 */
@Configuration(proxyBeanMethods = false)
class FiguresStreamsHealth {

    @Bean("figures")
    HealthIndicator figuresHealth(FiguresStreams streams) {
        return health(streams);
    }

    static HealthIndicator health(FiguresStreams streams) {
        return new StreamsHealth(streams::kafkaStreams);
    }
}
