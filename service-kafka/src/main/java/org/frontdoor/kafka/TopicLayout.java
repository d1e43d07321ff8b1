package org.frontdoor.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.frontdoor.events.catalogue.Topic;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topics a service creates, and the internal topics of its Kafka Streams applications, are
 * laid out on the cluster.
 *
 * <p>The defaults are production's: three replicas, and a write is acknowledged only once two of
 * them hold it, so one lost broker neither loses a contact nor stops intake. The local stack and
 * the tests run one broker and say so ({@code replication-factor: 1}, {@code min-insync-replicas: 1}).
 *
 * @param partitions          partitions of every topic a service creates
 * @param replicationFactor   copies of every partition
 * @param minInsyncReplicas   copies that must hold a record before an {@code acks=all} write succeeds
 * @param deadLetterRetention how long a dead-letter topic keeps a record; unset keeps it until an
 *                            operator removes it, because a parked record is a contact or a decision
 *                            not yet processed (docs/operations.md)
 */
@ConfigurationProperties("frontdoor.topics")
public record TopicLayout(@DefaultValue("3") int partitions, @DefaultValue("3") short replicationFactor,
                          @DefaultValue("2") short minInsyncReplicas, Duration deadLetterRetention) {

    public TopicLayout {
        if (partitions < 1) {
            throw new IllegalArgumentException("frontdoor.topics.partitions must be at least 1");
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("frontdoor.topics.replication-factor must be at least 1");
        }
        if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException(
                    "frontdoor.topics.min-insync-replicas must be between 1 and frontdoor.topics.replication-factor");
        }
        if (deadLetterRetention != null && (deadLetterRetention.isNegative() || deadLetterRetention.isZero())) {
            throw new IllegalArgumentException("frontdoor.topics.dead-letter-retention must be positive when set");
        }
    }

    /** An event topic of the catalogue, with the topic's own cleanup and retention. */
    public NewTopic topic(Topic<?> topic) {
        return topic(topic.name(), topic.configs());
    }

    /** A topic of one service's own, outside the catalogue, with the settings it needs. */
    public NewTopic topic(String name, Map<String, String> configs) {
        return new NewTopic(name, partitions, replicationFactor).configs(withMinInsync(configs));
    }

    /** The topic where {@code consumer} parks the records of {@code source} it cannot read. */
    public NewTopic deadLetterTopic(Topic<?> source, String consumer) {
        return deadLetterTopic(source.deadLetterTopic(consumer));
    }

    /** A dead-letter topic by its name, for a source outside the catalogue. */
    public NewTopic deadLetterTopic(String name) {
        String retention = deadLetterRetention == null ? "-1" : String.valueOf(deadLetterRetention.toMillis());
        return topic(name, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, retention));
    }

    /** Lays out a Streams application's changelog and repartition topics like the service's own. */
    public void applyTo(Map<? super String, ? super Object> streamsConfig) {
        streamsConfig.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replicationFactor);
        streamsConfig.put(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG), String.valueOf(minInsyncReplicas));
    }

    private Map<String, String> withMinInsync(Map<String, String> configs) {
        Map<String, String> all = new HashMap<>(configs);
        all.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInsyncReplicas));
        return all;
    }
}
