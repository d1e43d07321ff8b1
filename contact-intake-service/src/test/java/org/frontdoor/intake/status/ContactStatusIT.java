package org.frontdoor.intake.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.intake.contact.ContactJson.children;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.frontdoor.events.Route;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.IntakeIntegrationTest;
import org.frontdoor.intake.contact.ContactJson;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ContactStatusIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void an_unknown_contact_is_404_problem_details() {
        Reply reply = api.get("/api/v1/contacts/" + UUID.randomUUID());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_contact_is_received_at_once_and_triaged_once_every_child_has_a_decision() {
        String contactId = postContactWithTwoChildren();

        JsonNode received = status(contactId);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("receivedAt").asString()).isEqualTo("2026-11-20T09:15:00Z");
        assertThat(received.get("children")).isEmpty();

        events.publish(Topics.CHILD_DECISIONS, "child-a", Decisions.of(contactId, 0, Route.STRATEGY_MEETING));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(contactId).get("children")).hasSize(1));
        assertThat(status(contactId).get("status").asString()).isEqualTo("RECEIVED");

        events.publish(Topics.CHILD_DECISIONS, "child-b", Decisions.of(contactId, 1, Route.STRATEGY_MEETING));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(contactId).get("status").asString()).isEqualTo("TRIAGED"));

        JsonNode triaged = status(contactId);
        assertThat(triaged.propertyNames()).containsExactlyInAnyOrder("contactId", "status", "receivedAt", "children");
        assertThat(triaged.get("children")).hasSize(2).allSatisfy(child -> {
            assertThat(child.propertyNames()).containsExactlyInAnyOrder("childIndex", "decisionId", "route", "level", "rag");
            assertThat(child.get("route").asString()).isEqualTo("STRATEGY_MEETING");
            assertThat(child.get("level").asInt()).isEqualTo(4);
            assertThat(child.get("rag").asString()).isEqualTo("RED");
        });
        assertThat(triaged.get("children").get(0).get("childIndex").asInt()).isZero();
        assertThat(triaged.get("children").get(1).get("childIndex").asInt()).isEqualTo(1);
    }

    @Test
    void a_record_that_cannot_be_read_is_dead_lettered_and_later_decisions_are_still_read() {
        String poisonKey = "poison-" + UUID.randomUUID();
        byte[] poison = "not an event".getBytes(StandardCharsets.UTF_8);
        events.publish(Topics.CHILD_DECISIONS.name(), poisonKey, poison);
        String contactId = postContactWithTwoChildren();

        events.publish(Topics.CHILD_DECISIONS, "child-a", Decisions.of(contactId, 0, Route.MASH));
        events.publish(Topics.CHILD_DECISIONS, "child-b", Decisions.of(contactId, 1, Route.EARLY_HELP));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(contactId).get("status").asString()).isEqualTo("TRIAGED"));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.all(Topics.CHILD_DECISIONS.deadLetterTopic(Topics.CONTACT_INTAKE)))
                        .anySatisfy(record -> {
                            assertThat(record.key()).isEqualTo(poisonKey);
                            assertThat(record.value()).isEqualTo(poison);
                        }));
    }

    private String postContactWithTwoChildren() {
        Map<String, Object> contact = ContactJson.valid();
        children(contact).add(ContactJson.child("Ben", "Smith"));
        Reply reply = api.post(contact);
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("contactId").asString();
    }

    private JsonNode status(String contactId) {
        Reply reply = api.get("/api/v1/contacts/" + contactId);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("Amy", "Ben", "Smith", "9434765919", "2019-04-02");
        return reply.json();
    }
}
