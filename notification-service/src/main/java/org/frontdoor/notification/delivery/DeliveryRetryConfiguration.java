package org.frontdoor.notification.delivery;

import java.util.Map;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.kafka.TopicLayout;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaRetryTopic;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.retrytopic.DltStrategy;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.kafka.retrytopic.RetryTopicSchedulerWrapper;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Non-blocking retries: a failed delivery moves to the next retry topic and waits there for its
 * back-off while other deliveries carry on; after the last attempt it goes to the dead-letter
 * topic, as does a refused delivery at once. Topic names end in the attempt's index, not its
 * delay, so they do not change when the schedule does. Attempts hand their failures to
 * {@link RetryTopicForwarder}, which routes them by this configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaRetryTopic
class DeliveryRetryConfiguration {

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Delivery> deliveryListenerFactory(KafkaProperties kafka,
                                                                                       DeliveryProperties delivery,
                                                                                       PendingOffsets pending,
                                                                                       MeterRegistry meters) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        // A record that is not a readable delivery goes straight to the dead-letter topic instead of stopping the partition.
        ErrorHandlingDeserializer<Delivery> values = new ErrorHandlingDeserializer<>(
                new JacksonJsonDeserializer<>(Delivery.class, false));
        ConcurrentKafkaListenerContainerFactory<String, Delivery> factory = new ConcurrentKafkaListenerContainerFactory<>();
        DefaultKafkaConsumerFactory<String, Delivery> consumers = new DefaultKafkaConsumerFactory<>(consumer,
                new StringDeserializer(), values);
        // Boot binds the client meters (lag above all) of the consumers it makes; these are made here.
        consumers.setBeanName("deliveryConsumerFactory");
        consumers.addListener(new MicrometerConsumerListener<>(meters));
        factory.setConsumerFactory(consumers);
        factory.setConcurrency(delivery.concurrency());
        // Deliveries are handled on sending threads, out of order: PendingOffsets acknowledges each
        // record once it and all before it are handled, and the offset is committed at once, so a
        // restart reads again as little as possible.
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL_IMMEDIATE);
        factory.getContainerProperties().setConsumerRebalanceListener(pending);
        // Each attempt continues the trace of the alert it delivers (decision 0011): its log lines and the
        // webhook request name that trace.
        factory.getContainerProperties().setObservationEnabled(true);
        return factory;
    }

    /** Wakes a retry topic's paused partition when its back-off is over. */
    @Bean
    RetryTopicSchedulerWrapper retryTopicScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("delivery-back-off-");
        scheduler.initialize();
        return new RetryTopicSchedulerWrapper(scheduler);
    }

    @Bean
    RetryTopicConfiguration deliveryRetries(KafkaTemplate<String, Object> kafka, DeliveryProperties delivery,
                                            TopicLayout topics) {
        return RetryTopicConfigurationBuilder.newInstance()
                .includeTopic(NotificationTopics.DELIVERIES)
                .listenerFactory("deliveryListenerFactory")
                .maxAttempts(delivery.maxAttempts())
                .exponentialBackoff(delivery.initialDelay().toMillis(), delivery.multiplier(), delivery.maxDelay().toMillis())
                .notRetryOn(DeliveryRefused.class)
                .suffixTopicsWithIndexValues()
                .retryTopicSuffix(NotificationTopics.RETRY_SUFFIX)
                .dltSuffix(NotificationTopics.DEAD_LETTER_SUFFIX)
                .autoCreateTopicsWith(topics.partitions(), topics.replicationFactor())
                .dltHandlerMethod("deadLetteredDeliveries", "onDeadLetter")
                .dltProcessingFailureStrategy(DltStrategy.FAIL_ON_ERROR)
                .create(kafka);
    }
}
