package org.frontdoor.kafka;

import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What every service gets for its Kafka Streams pipeline by depending on this module: its
 * internal topics laid out like the service's own, failed threads replaced within a budget, and
 * the pipeline's health as {@code kafkaStreams} for the readiness group. A second Streams
 * application a service builds by hand (the figures) uses {@link TopicLayout#applyTo},
 * {@link StreamThreadReplacement} and {@link StreamsHealth} directly.
 */
@AutoConfiguration
@ConditionalOnClass(StreamsBuilderFactoryBean.class)
@EnableConfigurationProperties({TopicLayout.class, StreamsSettings.class})
public class ServiceKafkaConfiguration {

    @Bean
    StreamsBuilderFactoryBeanConfigurer serviceKafkaStreamsConfigurer(TopicLayout topics, StreamsSettings settings,
                                                                     MeterRegistry meters) {
        return factory -> {
            Properties config = factory.getStreamsConfiguration();
            if (config == null) {
                return;
            }
            topics.applyTo(config);
            factory.setStreamsConfiguration(config);
            String application = config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG, "streams");
            factory.setStreamsUncaughtExceptionHandler(
                    new StreamThreadReplacement(application, settings.threadReplacement(), meters));
        };
    }

    @Bean("kafkaStreams")
    @ConditionalOnBean(StreamsBuilderFactoryBean.class)
    HealthIndicator kafkaStreamsHealth(StreamsBuilderFactoryBean pipeline) {
        return new StreamsHealth(pipeline::getKafkaStreams);
    }
}
