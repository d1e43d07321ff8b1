package org.frontdoor.kafka;

import java.util.function.Supplier;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The one rule by which a Kafka Streams application's state reads as health, for every
 * application of every service (the services' readiness groups include it):
 *
 * <ul>
 *   <li>RUNNING is UP: its stores answer and its clocks run;</li>
 *   <li>CREATED and REBALANCING are OUT_OF_SERVICE: it is starting, restoring or moving
 *       partitions, reads would answer 503, so a launcher or load balancer waits;</li>
 *   <li>not created at all is DOWN: the service never started it, or has stopped;</li>
 *   <li>PENDING_ERROR, ERROR, PENDING_SHUTDOWN and NOT_RUNNING are DOWN: it has given up (see
 *       {@link StreamThreadReplacement}) or stopped, and the service can neither decide nor keep
 *       clocks until restarted.</li>
 * </ul>
 */
public final class StreamsHealth implements HealthIndicator {

    private final Supplier<KafkaStreams> streams;

    /** @param streams the application, or null while it has not been created */
    public StreamsHealth(Supplier<KafkaStreams> streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        KafkaStreams application = streams.get();
        if (application == null) {
            return Health.down().withDetail("state", "NOT_CREATED").build();
        }
        KafkaStreams.State state = application.state();
        Health.Builder health = switch (state) {
            case RUNNING -> Health.up();
            case CREATED, REBALANCING -> Health.outOfService();
            case PENDING_ERROR, ERROR, PENDING_SHUTDOWN, NOT_RUNNING -> Health.down();
        };
        return health.withDetail("state", state.name()).build();
    }
}
