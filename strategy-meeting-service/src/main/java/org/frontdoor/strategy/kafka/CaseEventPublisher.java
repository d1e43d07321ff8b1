package org.frontdoor.strategy.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroSerializer;
import org.frontdoor.strategy.StrategyMeetingSettings;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

/**
 * Publishes the events of one accepted command in one Kafka transaction: they are all
 * committed, or none is. The case stores read committed records only, so nothing of a
 * failed command ever reaches a case. Each event carries the command's trace as a W3C
 * traceparent header (decision 0011).
 */
@Component
public class CaseEventPublisher implements AutoCloseable {

    private final DefaultKafkaProducerFactory<String, StrategyCaseEvent> producers;
    private final KafkaTemplate<String, StrategyCaseEvent> template;
    private final Duration maxBlock;

    CaseEventPublisher(KafkaProperties kafka, StrategyMeetingSettings settings, ObservationRegistry observations,
                       MeterRegistry meters) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class);
        // An HTTP thread publishes: it must not wait on an unreachable broker longer than this.
        this.maxBlock = settings.commandMaxBlock();
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock.toMillis());
        this.producers = new DefaultKafkaProducerFactory<>(producer);
        this.producers.setTransactionIdPrefix(settings.transactionIdPrefix());
        // Boot binds the client meters of the producers it makes; this one is made here.
        this.producers.setBeanName("caseEventProducerFactory");
        this.producers.addListener(new MicrometerProducerListener<>(meters));
        this.template = new KafkaTemplate<>(producers);
        // Not a bean, so the template is given the registry rather than finding it in the context.
        this.template.setObservationEnabled(true);
        this.template.setObservationRegistry(observations);
    }

    /**
     * @throws EventsNotPublished when Kafka did not commit the events
     */
    public void publish(List<StrategyCaseEvent> events) {
        try {
            List<CompletableFuture<SendResult<String, StrategyCaseEvent>>> sent = template.executeInTransaction(operations ->
                    events.stream().map(event -> operations.send(Topics.STRATEGY_CASE_EVENTS.name(), event.getCaseId(), event)).toList());
            for (CompletableFuture<SendResult<String, StrategyCaseEvent>> send : sent) {
                // Complete once the commit returned; the bound only keeps a broken promise from hanging the thread.
                send.get(maxBlock.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventsNotPublished(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new EventsNotPublished(e);
        }
    }

    @Override
    public void close() {
        producers.destroy();
    }

    /** Kafka did not take the events; nothing of the command was recorded. */
    public static final class EventsNotPublished extends RuntimeException {
        EventsNotPublished(Throwable cause) {
            super("The case events could not be published", cause);
        }
    }
}
