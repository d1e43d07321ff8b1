package org.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.EventLog.Marks;
import org.frontdoor.intake.IntakeClient;
import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.IntakeIntegrationTest;
import org.frontdoor.intake.partner.NotificationJson;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

/** A contact is recorded under the trace of the request that brought it (decision 0011). */
class ContactTracingIT extends IntakeIntegrationTest {

    /** W3C trace context: version, 32 hex digits of trace id, 16 of parent span id, flags. */
    private static final String TRACEPARENT = "^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$";

    @Test
    void a_contact_posted_with_a_traceparent_is_recorded_with_a_traceparent_of_the_same_trace() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name());

        Reply reply = api.send("POST", IntakeClient.CONTACTS, "application/json",
                ContactJson.json(ContactJson.valid()).getBytes(StandardCharsets.UTF_8),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        assertThat(reply.status()).isEqualTo(201);
        String recorded = traceparentOf(events.since(before, Topics.CONTACTS_RECEIVED.name()));
        assertThat(recorded).matches(TRACEPARENT);
        assertThat(traceIdOf(recorded)).isEqualTo(traceId);
        assertThat(recorded).as("the record's parent is this service's span, not the caller's")
                .doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void a_contact_posted_without_a_traceparent_starts_a_trace_of_its_own() {
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name());

        Reply first = api.post(ContactJson.valid());
        Reply second = api.post(ContactJson.valid());

        assertThat(List.of(first.status(), second.status())).containsOnly(201);
        List<ConsumerRecord<String, byte[]>> recorded = events.since(before, Topics.CONTACTS_RECEIVED.name());
        assertThat(recorded).hasSize(2);
        List<String> traces = recorded.stream().map(record -> traceparentOf(List.of(record))).toList();
        assertThat(traces).allSatisfy(traceparent -> assertThat(traceparent).matches(TRACEPARENT));
        assertThat(traceIdOf(traces.get(0))).isNotEqualTo(traceIdOf(traces.get(1)));
    }

    @Test
    void a_partner_notification_is_recorded_with_a_traceparent_of_the_partners_trace() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name());

        Reply reply = api.as(TestTokens.partner("POLICE")).send("POST", IntakeClient.NOTIFICATIONS, "application/json",
                ContactJson.json(NotificationJson.domesticAbuseIncident("INC-" + UUID.randomUUID()))
                        .getBytes(StandardCharsets.UTF_8),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(traceIdOf(traceparentOf(events.since(before, Topics.CONTACTS_RECEIVED.name())))).isEqualTo(traceId);
    }

    private static String traceparentOf(List<ConsumerRecord<String, byte[]>> records) {
        assertThat(records).hasSize(1);
        Header header = records.get(0).headers().lastHeader("traceparent");
        assertThat(header).as("traceparent header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String traceIdOf(String traceparent) {
        return traceparent.split("-")[1];
    }
}
