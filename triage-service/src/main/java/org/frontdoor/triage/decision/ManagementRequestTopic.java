package org.frontdoor.triage.decision;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.kafka.TopicLayout;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Triage's own topic of managers' requests (decision 0014): written by the decisions API, read by
 * the processor that owns each decision, and by nothing outside triage, so it is not in the topic
 * catalogue of the events the services exchange. It is keyed and partitioned like the contacts,
 * so that a request reaches the partition of the contact it is about.
 */
@Configuration(proxyBeanMethods = false)
class ManagementRequestTopic {

    static final String NAME = Topics.TRIAGE + "-management-decision-requests";
    /** A request is applied within moments; the decision it makes is kept as an event, for good. */
    private static final Duration RETENTION = Duration.ofDays(7);

    @Bean
    KafkaAdmin.NewTopics managementRequestTopics(TopicLayout topics) {
        NewTopic requests = topics.topic(NAME, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, String.valueOf(RETENTION.toMillis())));
        // Where the pipeline parks a request it cannot read, as it does for the topics of the catalogue.
        NewTopic deadLetters = topics.deadLetterTopic(NAME + ".dlt." + Topics.TRIAGE);
        return new KafkaAdmin.NewTopics(requests, deadLetters);
    }

    /**
     * The service's own producer sends only these requests, as JSON without type headers (the
     * event a request becomes keeps its headers), from the HTTP thread of the manager who asked:
     * it may block that thread no longer than configured, not Kafka's default minute.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer managementRequestSends(ManagementDecisionProperties properties) {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JacksonJsonSerializer.class,
                JacksonJsonSerializer.ADD_TYPE_INFO_HEADERS, false,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.kafkaMaxBlock().toMillis()));
    }
}
