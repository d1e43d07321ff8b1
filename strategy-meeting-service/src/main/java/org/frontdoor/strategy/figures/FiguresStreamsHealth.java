package org.frontdoor.strategy.figures;

import org.apache.kafka.streams.KafkaStreams;
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
        KafkaStreams kafkaStreams = streams.kafkaStreams();
        KafkaStreams.State state = kafkaStreams == null ? null : kafkaStreams.state();
        if (state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING) {
            health.up();
        } else {
            health.down();
        }
        health.withDetail("state", state == null ? "NOT_CREATED" : state.name());
    }
}
