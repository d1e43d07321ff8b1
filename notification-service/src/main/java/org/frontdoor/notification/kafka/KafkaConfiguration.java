package org.frontdoor.notification.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

import org.frontdoor.kafka.TopicLayout;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
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
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Kafka plumbing shared by the features: topic creation, one producer for this service's
 * own JSON topics, and the Kafka Streams configuration that parks unreadable records on a
 * dead-letter topic instead of stopping a partition.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class KafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics notificationTopics(TopicLayout topics) {
        return new KafkaAdmin.NewTopics(NotificationTopics.definitions(topics).toArray(NewTopic[]::new));
    }

    /**
     * This service's own topics carry JSON without type headers (the reader knows the type).
     * Raw bytes pass through untouched: the retry topics forward a record that could not be
     * read as the bytes it arrived with.
     */
    @Bean
    ProducerFactory<String, Object> producerFactory(KafkaProperties kafka, MeterRegistry meters) {
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(Object.class, new JacksonJsonSerializer<>().noTypeInfo());
        DefaultKafkaProducerFactory<String, Object> producers = new DefaultKafkaProducerFactory<>(
                kafka.buildProducerProperties(), new StringSerializer(), new DelegatingByTypeSerializer(byType, true));
        // Boot binds the client meters of the producers it makes; this one replaces Boot's.
        producers.addListener(new MicrometerProducerListener<>(meters));
        return producers;
    }

    @Bean
    KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producers) {
        return new KafkaTemplate<>(producers);
    }

    @Bean(name = KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration kafkaStreamsConfiguration(KafkaProperties kafka, MeterRegistry meters) {
        Map<String, Object> streams = kafka.buildStreamsProperties();
        streams.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, RecoveringDeserializationExceptionHandler.class);
        streams.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER,
                deadLetters(kafka, meters));
        return new KafkaStreamsConfiguration(streams);
    }

    private static DeadLetterPublishingRecoverer deadLetters(KafkaProperties kafka, MeterRegistry meters) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        DefaultKafkaProducerFactory<byte[], byte[]> producers = new DefaultKafkaProducerFactory<>(producer);
        producers.setBeanName("streamsDeadLetterProducerFactory");
        producers.addListener(new MicrometerProducerListener<>(meters));
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(producers);
        return new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(NotificationTopics.deadLetterTopic(record.topic()), -1));
    }
}
