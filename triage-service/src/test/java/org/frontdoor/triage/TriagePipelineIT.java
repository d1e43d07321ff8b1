package org.frontdoor.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.triage.Contacts.child;
import static org.frontdoor.triage.Contacts.contact;
import static org.frontdoor.triage.Contacts.indicator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Route;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The triage service against a real broker: decisions, history across restarts, poison records. */
class TriagePipelineIT {

    private static final AvroDeserializer<ChildTriaged> DECISIONS = new AvroDeserializer<>(ChildTriaged.class);
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
    void everyChildOfAContactGetsOneDecisionDueOneWorkingDayLater() {
        ContactReceived contact = contact(Instant.parse("2026-12-24T10:00:00Z"),
                List.of(child("9434765919", LocalDate.of(2019, 4, 2)), child(null, LocalDate.of(2021, 6, 1))),
                List.of(indicator("DOMESTIC_ABUSE", Map.of("dashRisk", "HIGH"))));

        runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact);

        List<ChildTriaged> decisions = awaitDecisions(contact.getContactId(), 2);
        assertThat(decisions).extracting(ChildTriaged::getChildIndex).containsExactlyInAnyOrder(0, 1);
        assertThat(decisions).allSatisfy(decision -> {
            assertThat(decision.getRoute()).isEqualTo(Route.STRATEGY_MEETING);
            assertThat(decision.getDecisionDueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
            assertThat(decision.getReasons()).isNotEmpty();
        });
    }

    @Test
    void aThirdContactWithinAYearEscalatesEvenAfterTheServiceRestartedWithEmptyLocalState() {
        String nhsNumber = "4010232137";
        ContactReceived first = lowLevelContact(nhsNumber, "2026-03-02T09:00:00Z");
        ContactReceived second = lowLevelContact(nhsNumber, "2026-06-01T09:00:00Z");
        runner.publish(Topics.CONTACTS_RECEIVED, first.getContactId(), first);
        awaitDecisions(first.getContactId(), 1);
        runner.publish(Topics.CONTACTS_RECEIVED, second.getContactId(), second);
        assertThat(awaitDecisions(second.getContactId(), 1).get(0).getLevel()).isEqualTo(2);

        runner.stop();
        runner.start();
        ContactReceived third = lowLevelContact(nhsNumber, "2026-09-01T09:00:00Z");
        runner.publish(Topics.CONTACTS_RECEIVED, third.getContactId(), third);

        ChildTriaged decision = awaitDecisions(third.getContactId(), 1).get(0);
        assertThat(decision.getLevel()).isEqualTo(3);
        assertThat(decision.getRoute()).isEqualTo(Route.MASH);
        assertThat(decision.getReasons()).anySatisfy(reason ->
                assertThat(reason.getRuleId()).isEqualTo("ESCALATION_REPEATED_CONTACTS"));
    }

    @Test
    void aRecordThatCannotBeReadIsParkedOnTheDeadLetterTopicAndLaterContactsAreStillTriaged() {
        runner.publishBytes(Topics.CONTACTS_RECEIVED.name(), "poison", "not an event".getBytes());
        ContactReceived contact = lowLevelContact("9990000018", "2026-11-02T09:00:00Z");
        runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact);

        awaitDecisions(contact.getContactId(), 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(runner.records(Topics.CONTACTS_RECEIVED.deadLetterTopic(Topics.TRIAGE)))
                        .anySatisfy(record -> assertThat(record.key()).isEqualTo("poison")));
    }

    @Test
    void theDecisionsOfAContactCanBeReadThroughTheApi() {
        ContactReceived contact = lowLevelContact("9434765870", "2026-11-03T09:00:00Z");
        runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact);
        ChildTriaged published = awaitDecisions(contact.getContactId(), 1).get(0);
        RestClient api = RestClient.create("http://localhost:" + runner.port());

        List<?> decisions = api.get().uri("/api/v1/decisions?contactId={id}", contact.getContactId())
                .retrieve().body(List.class);
        Map<?, ?> byId = api.get().uri("/api/v1/decisions/{id}", published.getDecisionId()).retrieve().body(Map.class);

        assertThat(decisions).hasSize(1);
        assertThat(byId.get("route")).isEqualTo(published.getRoute().name());
        assertThat(byId.get("rulesetVersion")).isEqualTo(published.getRulesetVersion());
    }

    private static ContactReceived lowLevelContact(String nhsNumber, String receivedAt) {
        return contact(Instant.parse(receivedAt), List.of(child(nhsNumber, LocalDate.of(2015, 1, 10))),
                List.of(indicator("EMOTIONAL_WELLBEING", Map.of())));
    }

    private static List<ChildTriaged> awaitDecisions(String contactId, int expected) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> runner.records(Topics.CHILD_DECISIONS.name()).stream()
                .map(record -> DECISIONS.deserialize(record.topic(), record.value()))
                .filter(decision -> decision.getContactId().equals(contactId))
                .toList(), decisions -> decisions.size() == expected);
    }
}
