package org.frontdoor.strategy.kafka;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.strategy.StrategyMeetingSettings;
import org.frontdoor.strategy.StrategyMeetingSettings.TopicSettings;
import org.frontdoor.strategy.stream.AlertListener;
import org.frontdoor.strategy.stream.CaseProcessing;
import org.frontdoor.strategy.stream.CaseTopology;
import org.frontdoor.tracing.TracedProcessors;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Kafka for this service: the topics it needs (created at start-up, so services may start in
 * any order), the Kafka Streams configuration with a dead-letter topic for unreadable records,
 * and the case topology.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class KafkaSetup {

    @Bean
    KafkaAdmin.NewTopics strategyTopics(StrategyMeetingSettings settings) {
        TopicSettings topics = settings.topics();
        return new KafkaAdmin.NewTopics(
                Topics.CHILD_DECISIONS.definition(topics.partitions(), topics.replicationFactor()),
                Topics.MANAGEMENT_DECISIONS.definition(topics.partitions(), topics.replicationFactor()),
                Topics.STRATEGY_CASE_EVENTS.definition(topics.partitions(), topics.replicationFactor()),
                Topics.STRATEGY_CASE_ALERTS.definition(topics.partitions(), topics.replicationFactor()),
                deadLetter(Topics.CHILD_DECISIONS, topics),
                deadLetter(Topics.MANAGEMENT_DECISIONS, topics),
                deadLetter(Topics.STRATEGY_CASE_EVENTS, topics));
    }

    @Bean(KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
    KafkaStreamsConfiguration strategyStreamsConfiguration(KafkaProperties kafka, DeadLetters deadLetters, Tracer tracer,
                                                          Propagator propagator) {
        Map<String, Object> streams = kafka.buildStreamsProperties();
        streams.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, RecoveringDeserializationExceptionHandler.class);
        streams.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER, deadLetters.recoverer());
        // Each processor handles a record inside the trace the record carries (decision 0011).
        TracedProcessors.wrapAll(streams, tracer, propagator);
        return new KafkaStreamsConfiguration(streams);
    }

    @Bean
    CaseProcessing caseTopology(StreamsBuilder builder, StrategyMeetingSettings settings, Clock clock,
                                AlertListener alertListener) {
        CaseProcessing processing = new CaseProcessing(settings.timescales().rules(WorkingDayCalendar.englandAndWales()),
                clock, settings.dueCheckInterval(), settings.topics().partitions(), settings.overrideTeam(), alertListener);
        CaseTopology.build(builder, processing);
        return processing;
    }

    private static NewTopic deadLetter(Topic<?> source, TopicSettings topics) {
        return new NewTopic(source.deadLetterTopic(DeadLetters.CONSUMER), topics.partitions(), topics.replicationFactor());
    }
}
