package org.frontdoor.strategy.kafka;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.strategy.StrategyMeetingSettings;
import org.frontdoor.kafka.TopicLayout;
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
    KafkaAdmin.NewTopics strategyTopics(TopicLayout topics) {
        return new KafkaAdmin.NewTopics(
                topics.topic(Topics.CHILD_DECISIONS),
                topics.topic(Topics.MANAGEMENT_DECISIONS),
                topics.topic(Topics.STRATEGY_CASE_EVENTS),
                topics.topic(Topics.STRATEGY_CASE_ALERTS),
                topics.deadLetterTopic(Topics.CHILD_DECISIONS, DeadLetters.CONSUMER),
                topics.deadLetterTopic(Topics.MANAGEMENT_DECISIONS, DeadLetters.CONSUMER),
                topics.deadLetterTopic(Topics.STRATEGY_CASE_EVENTS, DeadLetters.CONSUMER));
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
    CaseProcessing caseTopology(StreamsBuilder builder, StrategyMeetingSettings settings, TopicLayout topics, Clock clock,
                                AlertListener alertListener) {
        CaseProcessing processing = new CaseProcessing(settings.timescales().rules(WorkingDayCalendar.englandAndWales()),
                clock, settings.dueCheckInterval(), topics.partitions(), settings.overrideTeam(), alertListener);
        CaseTopology.build(builder, processing);
        return processing;
    }
}
