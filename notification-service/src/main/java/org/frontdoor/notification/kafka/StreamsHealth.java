package org.frontdoor.notification.kafka;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * The service is ready once Kafka Streams runs: its subscriptions and delivery log are then
 * caught up with their topics. Part of the readiness group, so a launcher can wait for it.
 */
@Component("streamsHealthIndicator")
class StreamsHealth implements HealthIndicator {

    private final StreamsBuilderFactoryBean streams;

    StreamsHealth(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        KafkaStreams.State state = kafkaStreams == null ? KafkaStreams.State.CREATED : kafkaStreams.state();
        return (state == KafkaStreams.State.RUNNING ? Health.up() : Health.outOfService()).withDetail("state", state.name()).build();
    }
}
