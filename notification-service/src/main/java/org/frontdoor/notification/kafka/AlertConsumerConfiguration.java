package org.frontdoor.notification.kafka;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Alerts come from two topics, one per writer. A record that cannot be read or handled is
 * retried briefly, then parked on this service's dead-letter topic for that source, so one
 * poison record never stops a partition.
 */
@Configuration(proxyBeanMethods = false)
class AlertConsumerConfiguration {

    static final String CONSUMER = Topics.NOTIFICATION;

    @Bean
    KafkaAdmin.NewTopics alertTopics(TopicProperties topics) {
        return new KafkaAdmin.NewTopics(
                Topics.CONTACT_DECISION_ALERTS.definition(topics.partitions(), topics.replicationFactor()),
                Topics.STRATEGY_CASE_ALERTS.definition(topics.partitions(), topics.replicationFactor()),
                deadLetter(Topics.CONTACT_DECISION_ALERTS, topics),
                deadLetter(Topics.STRATEGY_CASE_ALERTS, topics));
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, TimescaleAlert> alertListenerFactory(KafkaProperties kafka) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        consumer.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, AvroDeserializer.class);
        consumer.put(AvroDeserializer.VALUE_TYPE, TimescaleAlert.class.getName());
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");

        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put("value.serializer", ByteArraySerializer.class);
        KafkaTemplate<Object, Object> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> new TopicPartition(deadLetterName(record.topic()), -1));

        ConcurrentKafkaListenerContainerFactory<String, TimescaleAlert> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(consumer));
        factory.setCommonErrorHandler(new DefaultErrorHandler(recoverer, new FixedBackOff(500, 2)));
        return factory;
    }

    private static String deadLetterName(String sourceTopic) {
        return Topics.ALL.stream().filter(topic -> topic.name().equals(sourceTopic)).findFirst()
                .map(topic -> topic.deadLetterTopic(CONSUMER))
                .orElseThrow(() -> new IllegalStateException("Not a catalogued topic: " + sourceTopic));
    }

    private static NewTopic deadLetter(Topic<?> source, TopicProperties topics) {
        return new NewTopic(source.deadLetterTopic(CONSUMER), topics.partitions(), topics.replicationFactor());
    }
}
