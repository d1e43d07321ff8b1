package org.frontdoor.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.triage.Contacts.child;
import static org.frontdoor.triage.Contacts.contact;
import static org.frontdoor.triage.Contacts.indicator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;
import org.frontdoor.events.serde.AvroSerializer;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Everything triage publishes about a contact joins the contact's trace (decision 0011). */
class TriageTracingIT {

    private static final AvroDeserializer<ChildTriaged> DECISIONS = new AvroDeserializer<>(ChildTriaged.class);
    private static final AvroDeserializer<ManagementDecisionRecorded> MANAGED =
            new AvroDeserializer<>(ManagementDecisionRecorded.class);
    private static final AvroDeserializer<TimescaleAlert> ALERTS = new AvroDeserializer<>(TimescaleAlert.class);
    private static TriageServiceRunner runner;

    @BeforeAll
    static void start() {
        runner = new TriageServiceRunner();
        runner.start();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @Test
    void everyDecisionOfATracedContactCarriesTheContactsTraceAndSoDoesTheAlertRaisedLaterForIt() {
        runner.clock().moveTo(Instant.parse("2027-06-01T09:00:00Z"));
        ContactReceived contact = contact(Instant.parse("2027-06-01T09:00:00Z"),
                List.of(child("9434765919", LocalDate.of(2019, 4, 2)), child(null, LocalDate.of(2021, 6, 1))),
                List.of(indicator("EMOTIONAL_WELLBEING", Map.of())));
        String traceId = newTraceId();

        publish(contact, "00-" + traceId + "-00f067aa0ba902b7-01");

        List<ConsumerRecord<String, byte[]>> decisions = awaitDecisions(contact.getContactId(), 2);
        assertThat(decisions).allSatisfy(decision -> assertThat(traceIdOf(decision)).isEqualTo(traceId));
        runner.clock().moveTo(Instant.parse("2027-06-02T00:00:01Z"));
        ConsumerRecord<String, byte[]> atRisk = awaitAlert(contact.getContactId(), AlertKind.AT_RISK);
        assertThat(traceIdOf(atRisk)).isEqualTo(traceId);
    }

    @Test
    void aManagersDecisionCarriesTheTraceOfTheManagersRequest() {
        ContactReceived contact = contact(Instant.parse("2026-11-04T09:00:00Z"),
                List.of(child("1234567806", LocalDate.of(2015, 1, 10))), List.of(indicator("EMOTIONAL_WELLBEING", Map.of())));
        publish(contact, "00-" + newTraceId() + "-00f067aa0ba902b7-01");
        ChildTriaged decision = DECISIONS.deserialize(Topics.CHILD_DECISIONS.name(),
                awaitDecisions(contact.getContactId(), 1).get(0).value());
        String managersTrace = newTraceId();

        runner.api(TestTokens.manager()).post()
                .uri("/api/v1/decisions/{id}/management-decision", decision.getDecisionId())
                .header("traceparent", "00-" + managersTrace + "-b7ad6b7169203331-01")
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\":\"CONFIRMED\"}").retrieve().toBodilessEntity();

        ConsumerRecord<String, byte[]> managed = await().atMost(Duration.ofSeconds(30)).until(() ->
                runner.records(Topics.MANAGEMENT_DECISIONS.name()).stream()
                        .filter(record -> MANAGED.deserialize(record.topic(), record.value()).getDecisionId()
                                .equals(decision.getDecisionId()))
                        .findFirst(), found -> found.isPresent()).orElseThrow();
        assertThat(traceIdOf(managed)).isEqualTo(managersTrace);
    }

    @Test
    void aContactThatCarriesNoTraceIsTriagedAllTheSameAndItsDecisionsCarryNoTraceparent() {
        ContactReceived contact = contact(Instant.parse("2026-11-05T09:00:00Z"),
                List.of(child("1234567814", LocalDate.of(2015, 1, 10))), List.of(indicator("EMOTIONAL_WELLBEING", Map.of())));

        runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact);

        assertThat(awaitDecisions(contact.getContactId(), 1))
                .allSatisfy(decision -> assertThat(decision.headers().lastHeader("traceparent")).isNull());
    }

    private static void publish(ContactReceived contact, String traceparent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CONTACTS_RECEIVED.name(), contact.getContactId(),
                new AvroSerializer<ContactReceived>().serialize(Topics.CONTACTS_RECEIVED.name(), contact));
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        runner.publishAll(List.of(record));
    }

    private static List<ConsumerRecord<String, byte[]>> awaitDecisions(String contactId, int expected) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> runner.records(Topics.CHILD_DECISIONS.name()).stream()
                .filter(record -> DECISIONS.deserialize(record.topic(), record.value()).getContactId().equals(contactId))
                .toList(), decisions -> decisions.size() == expected);
    }

    private static ConsumerRecord<String, byte[]> awaitAlert(String contactId, AlertKind kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> runner.records(Topics.CONTACT_DECISION_ALERTS.name())
                .stream().filter(record -> {
                    TimescaleAlert alert = ALERTS.deserialize(record.topic(), record.value());
                    return alert.getContactId().equals(contactId) && alert.getKind() == kind;
                }).findFirst(), found -> found.isPresent()).orElseThrow();
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The trace id of a record's W3C traceparent: version-traceid-parentid-flags. */
    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        Header traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("traceparent of a record on " + record.topic()).isNotNull();
        return new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1];
    }
}
