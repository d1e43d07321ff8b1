package org.frontdoor.intake.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.IntakeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends a record the streams application cannot read to the dead-letter topic of the topic it came
 * from, with its original bytes and headers naming the failure, so one bad record never stops a
 * partition.
 *
 * <p>It has its own plain byte-array producer: the service's transactional producer serialises
 * events, not raw bytes. Dead-lettering is therefore at-least-once: if the streams task is later
 * aborted, the same bad record may be dead-lettered twice.
 */
@Component
public class DeadLetters implements ConsumerRecordRecoverer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final Map<String, String> deadLetterTopics = IntakeTopics.READ.stream()
            .collect(Collectors.toUnmodifiableMap(Topic::name, topic -> topic.deadLetterTopic(Topics.CONTACT_INTAKE)));
    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final DeadLetterPublishingRecoverer recoverer;

    public DeadLetters(KafkaProperties kafka, IntakeProperties intake, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        // A stream thread waits on a dead letter no longer than a request waits on a contact.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, intake.kafkaMaxBlock().toMillis());
        this.producers = new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        // Boot binds the client meters of the producers it makes; this one is made here.
        producers.setBeanName("deadLetterProducerFactory");
        producers.addListener(new MicrometerProducerListener<>(meters));
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                (record, failure) -> new TopicPartition(deadLetterTopicFor(record), -1));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception failure) {
        log.warn("Unreadable record at {}-{}@{} sent to {}", record.topic(), record.partition(), record.offset(),
                deadLetterTopicFor(record));
        recoverer.accept(record, failure);
    }

    private String deadLetterTopicFor(ConsumerRecord<?, ?> record) {
        // The only other topic the streams application reads is its own repartition of child
        // decisions, so a record from it belongs with the child decisions.
        return deadLetterTopics.getOrDefault(record.topic(), Topics.CHILD_DECISIONS.deadLetterTopic(Topics.CONTACT_INTAKE));
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
