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
import java.util.Optional;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.Route;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The triage service against a real broker: decisions, history across restarts, poison records. */
class TriagePipelineIT {

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
    void aChildNamedByLaIdThenByBothThenByNhsNumberAloneIsOneChildWhoseThirdContactEscalates() {
        ContactReceived byLaId = lowLevelContact(null, "2026-04-01T09:00:00Z");
        byLaId.getChildren().get(0).setLocalId("LA-ONE-CHILD");
        ContactReceived byBoth = lowLevelContact("1234567865", "2026-05-01T09:00:00Z");
        byBoth.getChildren().get(0).setLocalId("LA-ONE-CHILD");
        ContactReceived byNhsNumber = lowLevelContact("1234567865", "2026-06-01T09:00:00Z");

        runner.publish(Topics.CONTACTS_RECEIVED, byLaId.getContactId(), byLaId);
        String childRef = awaitDecisions(byLaId.getContactId(), 1).get(0).getChildRef();
        runner.publish(Topics.CONTACTS_RECEIVED, byBoth.getContactId(), byBoth);
        assertThat(awaitDecisions(byBoth.getContactId(), 1).get(0).getChildRef()).isEqualTo(childRef);
        runner.publish(Topics.CONTACTS_RECEIVED, byNhsNumber.getContactId(), byNhsNumber);

        ChildTriaged third = awaitDecisions(byNhsNumber.getContactId(), 1).get(0);
        assertThat(third.getChildRef()).isEqualTo(childRef);
        assertThat(third.getLevel()).isEqualTo(3);
        assertThat(third.getReasons()).anySatisfy(reason ->
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
        RestClient api = runner.api(TestTokens.frontDoor());

        List<?> decisions = api.get().uri("/api/v1/decisions?contactId={id}", contact.getContactId())
                .retrieve().body(List.class);
        Map<?, ?> byId = api.get().uri("/api/v1/decisions/{id}", published.getDecisionId()).retrieve().body(Map.class);

        assertThat(decisions).hasSize(1);
        assertThat(byId.get("route")).isEqualTo(published.getRoute().name());
        assertThat(byId.get("rulesetVersion")).isEqualTo(published.getRulesetVersion());
    }

    @Test
    void aManagerOverrideIsPublishedInTheManagersNameAndASecondManagementDecisionIsRefused() {
        ContactReceived contact = lowLevelContact("1234567806", "2026-11-04T09:00:00Z");
        runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact);
        ChildTriaged decision = awaitDecisions(contact.getContactId(), 1).get(0);
        RestClient api = runner.api(TestTokens.withRoles("manager-ayo", List.of("MANAGER"), null));

        Map<?, ?> managed = api.post().uri("/api/v1/decisions/{id}/management-decision", decision.getDecisionId())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"outcome\":\"OVERRIDDEN\",\"route\":\"MASH\",\"reason\":\"School reports a pattern\"}")
                .retrieve().body(Map.class);
        var second = api.post().uri("/api/v1/decisions/{id}/management-decision", decision.getDecisionId())
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\":\"CONFIRMED\"}")
                .exchange((request, response) -> response.getStatusCode().value());

        Map<?, ?> management = (Map<?, ?>) managed.get("managementDecision");
        assertThat(management.get("route")).isEqualTo("MASH");
        assertThat(management.get("recordedBy")).isEqualTo("manager-ayo");
        assertThat(second).isEqualTo(409);
        List<ManagementDecisionRecorded> published = await().atMost(Duration.ofSeconds(30)).until(() ->
                runner.records(Topics.MANAGEMENT_DECISIONS.name()).stream()
                        .map(record -> MANAGED.deserialize(record.topic(), record.value()))
                        .filter(event -> event.getDecisionId().equals(decision.getDecisionId())).toList(), list -> !list.isEmpty());
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.getTriagedRoute()).isEqualTo(decision.getRoute());
            assertThat(event.getRoute()).isEqualTo(Route.MASH);
            assertThat(event.getRecordedBy()).isEqualTo("manager-ayo");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                runner.api(TestTokens.frontDoor()).get().uri("/api/v1/decisions/{id}", decision.getDecisionId())
                        .retrieve().body(Map.class).get("managementDecision"))
                .isInstanceOfSatisfying(Map.class, stored -> assertThat(stored.get("recordedBy")).isEqualTo("manager-ayo")));
    }

    @Test
    void aBodyThatNamesWhoDecidedIsRefusedAndTheDecisionStaysOpenForTheCallingManager() {
        ContactReceived contact = lowLevelContact("1234567849", "2026-11-06T09:00:00Z");
        runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact);
        ChildTriaged decision = awaitDecisions(contact.getContactId(), 1).get(0);
        RestClient api = runner.api(TestTokens.withRoles("manager-bea", List.of("MANAGER"), null));

        int impersonating = api.post().uri("/api/v1/decisions/{id}/management-decision", decision.getDecisionId())
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\":\"CONFIRMED\",\"recordedBy\":\"manager-cal\"}")
                .exchange((request, response) -> response.getStatusCode().value());
        Map<?, ?> confirmed = api.post().uri("/api/v1/decisions/{id}/management-decision", decision.getDecisionId())
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\":\"CONFIRMED\"}").retrieve().body(Map.class);

        assertThat(impersonating).isEqualTo(400);
        assertThat(((Map<?, ?>) confirmed.get("managementDecision")).get("recordedBy")).isEqualTo("manager-bea");
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedNamingTheField() {
        ContactReceived contact = lowLevelContact("1234567814", "2026-11-05T09:00:00Z");
        runner.publish(Topics.CONTACTS_RECEIVED, contact.getContactId(), contact);
        ChildTriaged decision = awaitDecisions(contact.getContactId(), 1).get(0);

        String problem = runner.api(TestTokens.manager()).post()
                .uri("/api/v1/decisions/{id}/management-decision", decision.getDecisionId())
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\":\"OVERRIDDEN\",\"route\":\"MASH\"}")
                .exchange((request, response) -> response.getStatusCode().value() + " " + response.bodyTo(String.class));

        assertThat(problem).startsWith("400").contains("\"field\":\"reason\"");
    }

    @Test
    void theContactDecisionClockWarnsOnItsDueDateAndBreachesTheDayAfterUnlessAManagerDecides() {
        Instant mondayMorning = Instant.parse("2027-03-01T09:00:00Z");
        runner.clock().moveTo(mondayMorning);
        ContactReceived waiting = lowLevelContact("1234567822", "2027-03-01T09:00:00Z");
        ContactReceived managed = lowLevelContact("1234567830", "2027-03-01T09:00:00Z");
        runner.publish(Topics.CONTACTS_RECEIVED, waiting.getContactId(), waiting);
        runner.publish(Topics.CONTACTS_RECEIVED, managed.getContactId(), managed);
        awaitDecisions(waiting.getContactId(), 1);
        ChildTriaged confirmed = awaitDecisions(managed.getContactId(), 1).get(0);
        runner.api(TestTokens.manager()).post()
                .uri("/api/v1/decisions/{id}/management-decision", confirmed.getDecisionId())
                .contentType(MediaType.APPLICATION_JSON).body("{\"outcome\":\"CONFIRMED\"}").retrieve().toBodilessEntity();
        // In real time the confirmation reaches the decision store within a second, long before the
        // day ends; the test's clock jumps, so it waits for that second first.
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.api(TestTokens.frontDoor()).get()
                .uri("/api/v1/decisions/{id}", confirmed.getDecisionId()).retrieve().body(Map.class)
                .get("managementDecision") != null);

        runner.clock().moveTo(Instant.parse("2027-03-02T00:00:01Z"));
        TimescaleAlert atRisk = awaitAlert(waiting.getContactId(), AlertKind.AT_RISK);
        runner.clock().moveTo(Instant.parse("2027-03-03T00:00:01Z"));
        TimescaleAlert breached = awaitAlert(waiting.getContactId(), AlertKind.BREACHED);

        assertThat(atRisk.getDueOn()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(atRisk.getTeam()).isEqualTo("front-door");
        assertThat(breached.getAlertId()).isNotEqualTo(atRisk.getAlertId());
        assertThat(alerts()).filteredOn(alert -> alert.getContactId().equals(managed.getContactId())).isEmpty();
        assertThat(alerts()).filteredOn(alert -> alert.getContactId().equals(waiting.getContactId())).hasSize(2);
    }

    @Test
    void aLateEntrysClockCountsFromWhenTheContactWasReceivedSoItsAlertsAreRaisedAtOnceMarkedAsALateEntry() {
        runner.clock().moveTo(Instant.parse("2027-04-12T09:00:00Z"));
        ContactReceived late = lowLevelContact("1234567881", "2027-04-06T09:00:00Z");
        late.setRecordedAt(Instant.parse("2027-04-12T09:00:00Z"));
        late.setLateEntryReason("A letter from the school reached the front door a week late");
        ContactReceived onTime = lowLevelContact("1234567873", "2027-04-06T09:00:00Z");

        runner.publish(Topics.CONTACTS_RECEIVED, late.getContactId(), late);
        runner.publish(Topics.CONTACTS_RECEIVED, onTime.getContactId(), onTime);

        assertThat(awaitDecisions(late.getContactId(), 1).get(0).getDecisionDueOn()).isEqualTo(LocalDate.of(2027, 4, 7));
        for (AlertKind kind : AlertKind.values()) {
            TimescaleAlert alert = awaitAlert(late.getContactId(), kind);
            assertThat(alert.getLateEntry()).as(kind.name()).isTrue();
            assertThat(alert.getDueOn()).isEqualTo(LocalDate.of(2027, 4, 7));
            assertThat(awaitAlert(onTime.getContactId(), kind).getLateEntry()).as(kind.name()).isFalse();
        }
    }

    private static TimescaleAlert awaitAlert(String contactId, AlertKind kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> alerts().stream()
                .filter(alert -> alert.getContactId().equals(contactId) && alert.getKind() == kind)
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private static List<TimescaleAlert> alerts() {
        return runner.records(Topics.CONTACT_DECISION_ALERTS.name()).stream()
                .map(record -> ALERTS.deserialize(record.topic(), record.value())).toList();
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
