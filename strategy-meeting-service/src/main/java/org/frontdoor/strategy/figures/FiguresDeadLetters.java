package org.frontdoor.strategy.figures;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.kafka.TopicLayout;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Where the figures put a record they cannot read: the dead-letter topic of the topic it came
 * from, for this consumer ({@code <topic>.dlt.<figures application id>}), with the original bytes
 * and headers naming the failure, after which the partition moves on. Written outside the stream
 * transaction, so at least once.
 */
final class FiguresDeadLetters implements AutoCloseable {

    private static final List<Topic<?>> READ = List.of(Topics.STRATEGY_CASE_EVENTS, Topics.STRATEGY_CASE_ALERTS);

    private final ProducerFactory<byte[], byte[]> producers;
    private final String consumer;
    private final DeadLetterPublishingRecoverer recoverer;

    FiguresDeadLetters(ProducerFactory<byte[], byte[]> producers, String consumer) {
        this.producers = producers;
        this.consumer = consumer;
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                (record, failure) -> new TopicPartition(deadLetterTopicFor(record.topic()), -1));
    }

    DeadLetterPublishingRecoverer recoverer() {
        return recoverer;
    }

    /**
     * The catalogued topic's dead-letter topic. The alerts repartition topic is not catalogued;
     * the figures write it themselves from alerts they could already read, so its dead letters
     * (none are expected) join the alerts'.
     */
    String deadLetterTopicFor(String sourceTopic) {
        return READ.stream().filter(topic -> topic.name().equals(sourceTopic)).findFirst()
                .orElse(Topics.STRATEGY_CASE_ALERTS)
                .deadLetterTopic(consumer);
    }

    List<NewTopic> topics(TopicLayout layout) {
        return READ.stream().map(topic -> layout.deadLetterTopic(topic, consumer)).toList();
    }

    @Override
    public void close() {
        producers.reset();
    }
}
