package org.frontdoor.strategy.kafka;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Up while Kafka Streams runs or rebalances; down before it starts, while it fails, and after
 * it stops, because the service can then neither keep its clocks nor answer queries.
 */
@Component("kafkaStreams")
class KafkaStreamsHealth extends AbstractHealthIndicator {

    private final StreamsBuilderFactoryBean streams;

    KafkaStreamsHealth(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        KafkaStreams.State state = kafkaStreams == null ? null : kafkaStreams.state();
        if (state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING) {
            health.up();
        } else {
            health.down();
        }
        health.withDetail("state", state == null ? "NOT_CREATED" : state.name());
    }
}
