package org.frontdoor.strategy.figures;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.frontdoor.kafka.TopicLayout;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.MicrometerProducerListener;

import io.micrometer.core.instrument.MeterRegistry;

/** The figures' dead letters and their topics, created at start-up like the service's others. */
@Configuration(proxyBeanMethods = false)
class FiguresKafkaSetup {

    @Bean
    FiguresDeadLetters figuresDeadLetters(KafkaProperties kafka, FiguresSettings settings, MeterRegistry meters) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        DefaultKafkaProducerFactory<byte[], byte[]> producers = new DefaultKafkaProducerFactory<>(producer);
        // Boot binds the client meters of the producers it makes; this one is made here.
        producers.setBeanName("figuresDeadLetterProducerFactory");
        producers.addListener(new MicrometerProducerListener<>(meters));
        return new FiguresDeadLetters(producers, settings.applicationId());
    }

    @Bean
    KafkaAdmin.NewTopics figuresDeadLetterTopics(FiguresDeadLetters deadLetters, TopicLayout topics) {
        return new KafkaAdmin.NewTopics(deadLetters.topics(topics).toArray(NewTopic[]::new));
    }
}
