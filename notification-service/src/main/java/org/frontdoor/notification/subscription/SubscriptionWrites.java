package org.frontdoor.notification.subscription;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Writes subscriptions from request threads: a new one together with the Idempotency-Key that
 * created it, in one Kafka transaction, so neither is ever written without the other. Its own
 * producer, which never keeps a request waiting on Kafka longer than
 * {@link SubscriptionProperties#kafkaMaxBlock()} at a step.
 */
@Component
class SubscriptionWrites implements DisposableBean {

    private final DefaultKafkaProducerFactory<String, Object> producers;
    private final KafkaTemplate<String, Object> kafka;

    SubscriptionWrites(KafkaProperties kafkaProperties, SubscriptionProperties properties, MeterRegistry meters) {
        Map<String, Object> producer = new HashMap<>(kafkaProperties.buildProducerProperties());
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.toIntExact(properties.kafkaMaxBlock().toMillis()));
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, "notification-service-subscriptions");
        this.producers = new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), new JacksonJsonSerializer<>().noTypeInfo());
        // Unique per process: two instances must never fence each other's transactions.
        producers.setTransactionIdPrefix("notification-service-subscriptions-" + UUID.randomUUID() + "-");
        producers.setBeanName("subscriptionProducerFactory");
        producers.addListener(new MicrometerProducerListener<>(meters));
        this.kafka = new KafkaTemplate<>(producers);
    }

    /** @throws NotStored when Kafka did not take it in time */
    void create(Subscription subscription) {
        inTransaction(kafka -> kafka.send(NotificationTopics.SUBSCRIPTIONS, subscription.subscriptionId(), subscription));
    }

    /** The subscription and the request that created it, both or neither. @throws NotStored when Kafka did not take both in time */
    void create(Subscription subscription, String requestKey, SubscriptionRequestRecord request) {
        inTransaction(kafka -> {
            kafka.send(NotificationTopics.SUBSCRIPTIONS, subscription.subscriptionId(), subscription);
            kafka.send(NotificationTopics.SUBSCRIPTION_REQUESTS, requestKey, request);
        });
    }

    /** A tombstone: compaction then forgets the subscription, its secret with it. */
    void delete(String subscriptionId) {
        inTransaction(kafka -> kafka.send(NotificationTopics.SUBSCRIPTIONS, subscriptionId, null));
    }

    private void inTransaction(Consumer<KafkaOperations<String, Object>> sends) {
        try {
            // The commit waits for every send to be acknowledged, or fails.
            kafka.executeInTransaction(operations -> {
                sends.accept(operations);
                return null;
            });
        } catch (RuntimeException notTaken) {
            throw new NotStored(notTaken);
        }
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    /** Kafka did not take the change in time: nothing is promised to the caller (503). */
    static final class NotStored extends ErrorResponseException {
        NotStored(Throwable cause) {
            super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The change could not be confirmed; try again shortly"), cause);
        }
    }
}
