package org.frontdoor.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;

/** Raises alerts the way the triage and strategy-meeting services do: Avro on their alert topics. */
final class Alerts implements AutoCloseable {

    private final KafkaProducer<String, TimescaleAlert> producer;

    Alerts(String bootstrapServers) {
        Topic<TimescaleAlert> topic = Topics.STRATEGY_CASE_ALERTS;
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0),
                topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /** A strategy-case alert with fresh ids. */
    static TimescaleAlert strategyCaseAlert(String team, ClockType clock, AlertKind kind) {
        String caseId = "case-" + UUID.randomUUID();
        return TimescaleAlert.newBuilder()
                .setAlertId(caseId + ":" + clock + ":" + kind)
                .setKind(kind)
                .setClock(clock)
                .setTeam(team)
                .setDueOn(LocalDate.of(2026, 11, 23))
                .setRaisedAt(Instant.now())
                .setCaseId(caseId)
                .setDecisionId("decision-" + UUID.randomUUID())
                .setChildRef("child-" + UUID.randomUUID())
                .build();
    }

    /** A contact-decision alert, as triage raises it. */
    static TimescaleAlert contactDecisionAlert(String team, AlertKind kind) {
        String contactId = "contact-" + UUID.randomUUID();
        return TimescaleAlert.newBuilder()
                .setAlertId(contactId + ":CONTACT_DECISION:" + kind)
                .setKind(kind)
                .setClock(ClockType.CONTACT_DECISION)
                .setTeam(team)
                .setDueOn(LocalDate.of(2026, 11, 24))
                .setRaisedAt(Instant.now())
                .setContactId(contactId)
                .setChildRef("child-" + UUID.randomUUID())
                .build();
    }

    void raise(TimescaleAlert alert) {
        send(record(alert));
    }

    /** Raised within a trace, as the services raise alerts about a traced contact (decision 0011). */
    void raise(TimescaleAlert alert, String traceparent) {
        ProducerRecord<String, TimescaleAlert> record = record(alert);
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    private static ProducerRecord<String, TimescaleAlert> record(TimescaleAlert alert) {
        Topic<TimescaleAlert> topic = alert.getClock() == ClockType.CONTACT_DECISION
                ? Topics.CONTACT_DECISION_ALERTS : Topics.STRATEGY_CASE_ALERTS;
        return new ProducerRecord<>(topic.name(), alert.getAlertId(), alert);
    }

    private void send(ProducerRecord<String, TimescaleAlert> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not raise the alert", e);
        }
    }

    /** Sends without waiting for each acknowledgement, as a busy writer would; returns once all are acknowledged. */
    void raiseAll(Iterable<TimescaleAlert> many, java.util.function.Consumer<TimescaleAlert> justBeforeSending) {
        for (TimescaleAlert alert : many) {
            justBeforeSending.accept(alert);
            producer.send(new ProducerRecord<>(Topics.STRATEGY_CASE_ALERTS.name(), alert.getAlertId(), alert));
        }
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
