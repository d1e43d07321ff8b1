package org.frontdoor.strategy.kafka;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;

/** How the health of one Kafka Streams application reads, for each of this service's applications. */
public final class StreamsHealth {

    private StreamsHealth() {
    }

    /** Up while it runs or rebalances; down before it starts, while it fails and after it stops. */
    public static void report(KafkaStreams streams, Health.Builder health) {
        KafkaStreams.State state = streams == null ? null : streams.state();
        if (state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING) {
            health.up();
        } else {
            health.down();
        }
        health.withDetail("state", state == null ? "NOT_CREATED" : state.name());
    }
}
