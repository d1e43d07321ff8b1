package org.frontdoor.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.frontdoor.events.AccessAudited;
import org.frontdoor.events.catalogue.Topics;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AuditTrailTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final Caller reader = new Caller("reader", Set.of(FrontDoorRole.FRONT_DOOR), Optional.empty());

    @Test
    @SuppressWarnings("unchecked")
    void aBrokerThatBlocksTheSenderNeverHoldsUpTheRequest() throws Exception {
        KafkaTemplate<String, AccessAudited> kafka = mock(KafkaTemplate.class);
        CountDownLatch brokerBack = new CountDownLatch(1);
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            brokerBack.await();
            throw new TimeoutException("metadata not available");
        });
        AuditTrail trail = trail(kafka, 10);

        // Returns at once although the sender is stuck: the caller is an HTTP request.
        trail.record(read(Map.of("contactId", "c-1"), 200));
        brokerBack.countDown();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(failed()).isEqualTo(1.0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordThatFindsTheQueueFullIsCountedAsNotWritten() {
        KafkaTemplate<String, AccessAudited> kafka = mock(KafkaTemplate.class);
        CountDownLatch never = new CountDownLatch(1);
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            never.await();
            return CompletableFuture.completedFuture(null);
        });
        AuditTrail trail = trail(kafka, 1);

        for (int i = 0; i < 5; i++) {
            trail.record(read(Map.of(), 200));
        }

        // One is with the sender, one waits in the queue; the other three could not be kept.
        assertThat(failed()).isEqualTo(3.0);
        never.countDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordTheBrokerAcknowledgesIsCountedAsWritten() {
        KafkaTemplate<String, AccessAudited> kafka = mock(KafkaTemplate.class);
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(null));
        AuditTrail trail = trail(kafka, 10);

        trail.record(new Access(null, "GET", "/api/v1/contacts/{contactId}", "192.0.2.1", null, 401,
                Map.of(), Map.of(), Map.of()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(meters.get("frontdoor.audit.records").tag("outcome", "written").counter().count()).isEqualTo(1.0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordCarriesTheTraceTheAddressWhatWasCreatedAndTheServicesFacts() {
        KafkaTemplate<String, AccessAudited> kafka = mock(KafkaTemplate.class);
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(null));
        AuditTrail trail = trail(kafka, 10);

        trail.record(new Access(reader, "POST", "/api/v1/contacts", "192.0.2.1", "4bf92f3577b34da6a3ce929d0e0e4736", 201,
                Map.of(), Map.of("contactId", "c-2"), Map.of("lateEntry", "true")));

        ArgumentCaptor<ProducerRecord<String, AccessAudited>> sent = ArgumentCaptor.forClass(ProducerRecord.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(kafka).send(sent.capture()));
        AccessAudited event = sent.getValue().value();
        assertThat(event.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(event.getClientAddress()).isEqualTo("192.0.2.1");
        assertThat(event.getCreatedIds()).isEqualTo(Map.of("contactId", "c-2"));
        assertThat(event.getFacts()).isEqualTo(Map.of("lateEntry", "true"));
        assertThat(sent.getValue().key()).isEqualTo("reader");
    }

    private Access read(Map<String, String> resourceIds, int status) {
        return new Access(reader, "GET", "/api/v1/contacts/{contactId}", "192.0.2.1", null, status, resourceIds, Map.of(), Map.of());
    }

    private double failed() {
        return meters.get("frontdoor.audit.records").tag("outcome", "failed").counter().count();
    }

    private AuditTrail trail(KafkaTemplate<String, AccessAudited> kafka, int capacity) {
        return new AuditTrail("test-service", Topics.auditTrailOf("test-service"), kafka, Clock.systemUTC(), meters, capacity);
    }
}
