package org.frontdoor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.test.util.ReflectionTestUtils;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A service that depends on the module gets its Streams pipeline set up without a line of its own. */
class ServiceKafkaConfigurationTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ServiceKafkaConfiguration.class))
            .withUserConfiguration(Pipeline.class)
            .withPropertyValues("frontdoor.topics.replication-factor=1", "frontdoor.topics.min-insync-replicas=1");

    @Test
    void aServicesPipelineReplacesAFailedThreadInsteadOfStopping() {
        service.run(context -> assertThat(ReflectionTestUtils.getField(context.getBean(StreamsBuilderFactoryBean.class),
                "streamsUncaughtExceptionHandler")).isInstanceOf(StreamThreadReplacement.class));
    }

    @Test
    void aServicesChangelogsAndRepartitionsAreLaidOutLikeItsTopics() {
        service.run(context -> assertThat(context.getBean(StreamsBuilderFactoryBean.class).getStreamsConfiguration())
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1)
                .containsEntry(StreamsConfig.topicPrefix("min.insync.replicas"), "1"));
    }

    @Test
    void aServicesHealthReportsItsPipeline() {
        service.run(context -> assertThat(context.getBean("kafkaStreams", HealthIndicator.class).health().getStatus())
                .as("a pipeline not started yet").isEqualTo(Status.DOWN));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableKafkaStreams
    static class Pipeline {

        @Bean(KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
        KafkaStreamsConfiguration streamsConfiguration() {
            return new KafkaStreamsConfiguration(Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "a-service",
                    StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9"));
        }

        /** Nothing to connect to here: the pipeline is set up, not started. */
        @Bean
        StreamsBuilderFactoryBeanConfigurer notStarted() {
            return factory -> factory.setAutoStartup(false);
        }

        @Bean
        MeterRegistry meters() {
            return new SimpleMeterRegistry();
        }
    }
}
