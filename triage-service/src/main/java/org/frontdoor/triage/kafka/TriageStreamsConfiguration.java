package org.frontdoor.triage.kafka;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.kafka.TopicLayout;
import org.frontdoor.tracing.TracedProcessors;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Kafka Streams with exactly-once processing. A record the service cannot read is copied, bytes
 * and headers intact, to this service's dead-letter topic for its source, and the partition
 * moves on: one bad record must never stop every later contact from being triaged. Each
 * processor handles a record inside the trace the record carries (decision 0011).
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class TriageStreamsConfiguration {

    static final String CONSUMER = Topics.TRIAGE;

    private static final List<Topic<?>> READS = List.of(Topics.CONTACTS_RECEIVED, Topics.CHILD_DECISIONS,
            Topics.MANAGEMENT_DECISIONS);

    @Bean
    KafkaAdmin.NewTopics triageTopics(TopicLayout topics) {
        Stream<NewTopic> used = Stream.concat(READS.stream(), Topics.writtenBy(Topics.TRIAGE).stream()).distinct()
                .map(topics::topic);
        Stream<NewTopic> deadLetters = READS.stream().map(topic -> topics.deadLetterTopic(topic, CONSUMER));
        return new KafkaAdmin.NewTopics(Stream.concat(used, deadLetters).toArray(NewTopic[]::new));
    }

    @Bean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration triageStreamsConfiguration(KafkaProperties kafka, Tracer tracer, Propagator propagator,
                                                         MeterRegistry meters) {
        Map<String, Object> streams = kafka.buildStreamsProperties();
        streams.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, RecoveringDeserializationExceptionHandler.class);
        streams.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER,
                deadLetterRecoverer(kafka, meters));
        TracedProcessors.wrapAll(streams, tracer, propagator);
        return new KafkaStreamsConfiguration(streams);
    }

    private static DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaProperties kafka, MeterRegistry meters) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        DefaultKafkaProducerFactory<byte[], byte[]> producers = new DefaultKafkaProducerFactory<>(producer);
        // Boot binds the client meters of the producers it makes; this one is made here.
        producers.setBeanName("triageDeadLetterProducerFactory");
        producers.addListener(new MicrometerProducerListener<>(meters));
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(producers);
        return new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(deadLetterTopicOf(record.topic()), -1));
    }

    private static String deadLetterTopicOf(String source) {
        return READS.stream().filter(topic -> topic.name().equals(source)).findFirst()
                .map(topic -> topic.deadLetterTopic(CONSUMER))
                .orElseGet(() -> source + ".dlt." + CONSUMER);
    }
}
