package org.frontdoor.notification.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Holds back the Kafka Streams start until every topic this service created has a leader for
 * each partition. A fresh broker accepts a topic before its metadata reaches every listener, and
 * a global store that starts in that gap finds "no partitions" and stops the service.
 */
final class TopicsReady implements SmartLifecycle {

    /** Just before spring-kafka's StreamsBuilderFactoryBean, which starts at Integer.MAX_VALUE - 1000. */
    static final int PHASE = Integer.MAX_VALUE - 2000;

    private final KafkaAdmin admin;
    private final List<String> topics;
    private final Duration patience;
    private final Clock clock;
    private volatile boolean running;

    TopicsReady(KafkaAdmin admin, List<NewTopic> topics, Duration patience, Clock clock) {
        this.admin = admin;
        this.topics = topics.stream().map(NewTopic::name).toList();
        this.patience = patience;
        this.clock = clock;
    }

    @Override
    public void start() {
        Instant deadline = clock.instant().plus(patience);
        while (!allLed()) {
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("Topics " + topics + " still have partitions without a leader after "
                        + patience.toSeconds() + " s: is the broker up?");
            }
            pause();
        }
        running = true;
    }

    private boolean allLed() {
        try {
            Map<String, TopicDescription> described = admin.describeTopics(topics.toArray(String[]::new));
            return described.size() == topics.size() && described.values().stream()
                    .allMatch(topic -> !topic.partitions().isEmpty()
                            && topic.partitions().stream().allMatch(partition -> partition.leader() != null));
        } catch (RuntimeException notYet) {
            // Unknown topic or broker not answering yet: ask again until the deadline.
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for topics", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
