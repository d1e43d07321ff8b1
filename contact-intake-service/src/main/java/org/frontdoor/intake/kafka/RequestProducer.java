package org.frontdoor.intake.kafka;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.frontdoor.intake.IntakeProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds how long the producer that records contacts may block the HTTP thread that calls it: a
 * client waiting on a broker that does not answer must hear 503 within seconds, not a minute
 * (Kafka's default {@code max.block.ms}).
 */
@Configuration(proxyBeanMethods = false)
public class RequestProducer {

    @Bean
    DefaultKafkaProducerFactoryCustomizer boundedKafkaWaits(IntakeProperties properties) {
        return factory -> factory.updateConfigs(
                Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.kafkaMaxBlock().toMillis()));
    }
}
