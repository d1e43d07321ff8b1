package org.frontdoor.strategy.kafka;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Where Kafka Streams puts a record it cannot deserialize: the dead-letter topic of the topic it
 * came from, with the original bytes and headers naming the failure, after which the partition
 * moves on. Dead letters are written outside the stream transaction, so at least once.
 */
@Component
class DeadLetters implements DisposableBean {

    static final String CONSUMER = Topics.STRATEGY_MEETING;
    private static final List<Topic<?>> READ = List.of(Topics.CHILD_DECISIONS, Topics.MANAGEMENT_DECISIONS, Topics.STRATEGY_CASE_EVENTS);

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final DeadLetterPublishingRecoverer recoverer;

    DeadLetters(KafkaProperties kafka, MeterRegistry meters) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producers = new DefaultKafkaProducerFactory<>(producer);
        // Boot binds the client meters of the producers it makes; this one is made here.
        this.producers.setBeanName("deadLetterProducerFactory");
        this.producers.addListener(new MicrometerProducerListener<>(meters));
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                (record, failure) -> new TopicPartition(deadLetterTopicFor(record.topic()), -1));
    }

    DeadLetterPublishingRecoverer recoverer() {
        return recoverer;
    }

    /**
     * The catalogued topic's dead-letter topic. Only the internal proposals topic is not
     * catalogued; this service alone writes it, from records it could already read, so its
     * dead letters (none are expected) join those of the case events topic.
     */
    static String deadLetterTopicFor(String sourceTopic) {
        return READ.stream().filter(topic -> topic.name().equals(sourceTopic)).findFirst()
                .orElse(Topics.STRATEGY_CASE_EVENTS)
                .deadLetterTopic(CONSUMER);
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
