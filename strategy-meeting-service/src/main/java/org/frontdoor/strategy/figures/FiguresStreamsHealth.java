package org.frontdoor.strategy.figures;

import org.frontdoor.strategy.kafka.StreamsHealth;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Up while the figures topology runs or rebalances. It is not part of readiness: the cases can be
 * read and recorded while the figures catch up.
 */
@Component("figures")
class FiguresStreamsHealth extends AbstractHealthIndicator {

    private final FiguresStreams streams;

    FiguresStreamsHealth(FiguresStreams streams) {
        this.streams = streams;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        StreamsHealth.report(streams.kafkaStreams(), health);
    }
}
