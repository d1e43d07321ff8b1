package org.frontdoor.triage.figures;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.kafka.StreamThreadReplacement;
import org.frontdoor.kafka.StreamsHealth;
import org.frontdoor.kafka.StreamsSettings;
import org.frontdoor.kafka.TopicLayout;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The figures run as their own Kafka Streams application beside the triage pipeline: their own
 * application id, consumer group, offsets, changelogs and state directory, so counting never
 * slows or disturbs triage, and the figures can be rebuilt from the raw topics on their own by
 * resetting that one application. A record they cannot read is parked on their own dead-letter
 * topic for its source, and counting moves on.
 */
@Configuration(proxyBeanMethods = false)
class FiguresConfiguration {

    private static final List<Topic<?>> READS = List.of(Topics.CONTACTS_RECEIVED, Topics.CHILD_DECISIONS,
            Topics.MANAGEMENT_DECISIONS, Topics.CONTACT_DECISION_ALERTS);

    @Bean
    KafkaAdmin.NewTopics figuresDeadLetterTopics(FiguresProperties figures, TopicLayout topics) {
        return new KafkaAdmin.NewTopics(READS.stream()
                .map(topic -> topics.deadLetterTopic(topic, figures.applicationId()))
                .toArray(NewTopic[]::new));
    }

    @Bean
    FiguresStreams figuresStreams(KafkaProperties kafka, FiguresProperties figures, TopicLayout topics,
                                  StreamsSettings settings, MeterRegistry meters) {
        Map<String, Object> streams = kafka.buildStreamsProperties();
        streams.put(StreamsConfig.APPLICATION_ID_CONFIG, figures.applicationId());
        streams.put(StreamsConfig.STATE_DIR_CONFIG, figures.stateDir());
        // Figures that must be exact cannot count a record twice, nor lose one.
        streams.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        streams.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, RecoveringDeserializationExceptionHandler.class);
        streams.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER,
                deadLetterRecoverer(kafka, figures.applicationId(), meters));
        topics.applyTo(streams);
        return new FiguresStreams(() -> FiguresTopology.build(topics.partitions()), new StreamsConfig(streams),
                new StreamThreadReplacement(figures.applicationId(), settings.threadReplacement(), meters), meters);
    }

    /** The figures' health, by the rule every Streams application follows; not part of readiness. */
    @Bean("figures")
    HealthIndicator figuresHealth(FiguresStreams figures) {
        return new StreamsHealth(figures::kafkaStreams);
    }

    private static DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaProperties kafka, String consumer,
                                                                     MeterRegistry meters) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        DefaultKafkaProducerFactory<byte[], byte[]> producers = new DefaultKafkaProducerFactory<>(producer);
        // Boot binds the client meters of the producers it makes; this one is made here.
        producers.setBeanName("figuresDeadLetterProducerFactory");
        producers.addListener(new MicrometerProducerListener<>(meters));
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(producers);
        return new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(deadLetterTopicOf(record.topic(), consumer), -1));
    }

    private static String deadLetterTopicOf(String source, String consumer) {
        return READS.stream().filter(topic -> topic.name().equals(source)).findFirst()
                .map(topic -> topic.deadLetterTopic(consumer))
                .orElseGet(() -> source + ".dlt." + consumer);
    }
}
