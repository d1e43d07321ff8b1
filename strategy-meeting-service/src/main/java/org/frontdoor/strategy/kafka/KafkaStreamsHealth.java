package org.frontdoor.strategy.kafka;

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
        StreamsHealth.report(streams.getKafkaStreams(), health);
    }
}
