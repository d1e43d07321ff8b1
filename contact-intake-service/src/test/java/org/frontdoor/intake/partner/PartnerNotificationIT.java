package org.frontdoor.intake.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.intake.contact.ContactJson.children;
import static org.frontdoor.intake.contact.ContactJson.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactIndicator;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.events.Route;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.EventLog.Marks;
import org.frontdoor.intake.IntakeClient;
import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.IntakeIntegrationTest;
import org.frontdoor.intake.contact.ContactJson;
import org.frontdoor.intake.status.Decisions;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PartnerNotificationIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String reference = "INC-" + UUID.randomUUID();
    private IntakeClient police;
    private IntakeClient school;

    @BeforeEach
    void partners() {
        police = api.as(TestTokens.partner("POLICE"));
        school = api.as(TestTokens.partner("SCHOOL"));
    }

    @Test
    void a_police_domestic_abuse_incident_is_recorded_as_a_contact_from_the_police_with_its_dash_risk_for_every_child() {
        Map<String, Object> incident = NotificationJson.domesticAbuseIncident(reference);
        children(incident).add(ContactJson.child("Ben", "Smith"));
        Marks before = marks();

        Reply reply = police.postNotification(incident);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        String id = body.get("notificationId").asString();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("notificationId", "partnerReference", "status",
                "acknowledgedAt");
        assertThat(reply.header("Location")).isEqualTo("/api/v1/partner-notifications/" + id);
        assertThat(body.get("partnerReference").asString()).isEqualTo(reference);
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        Instant acknowledgedAt = Instant.parse(body.get("acknowledgedAt").asString());

        List<ConsumerRecord<String, ContactReceived>> recorded = events.eventsSince(before, Topics.CONTACTS_RECEIVED);
        assertThat(recorded).singleElement().satisfies(record -> assertThat(record.key()).isEqualTo(id));
        ContactReceived contact = recorded.get(0).value();
        assertThat(contact.getContactId()).isEqualTo(id);
        assertThat(contact.getReferralSource()).isEqualTo("6");
        assertThat(contact.getChannel()).isEqualTo(ContactChannel.PORTAL);
        assertThat(contact.getReceivedAt()).isEqualTo(acknowledgedAt).isEqualTo(contact.getRecordedAt());
        assertThat(contact.getPartner().getAgency()).isEqualTo("POLICE");
        assertThat(contact.getPartner().getReference()).isEqualTo(reference);
        assertThat(contact.getPartner().getKind()).isEqualTo("DOMESTIC_ABUSE_INCIDENT");
        assertThat(contact.getChildren()).hasSize(2);
        assertThat(contact.getReferrer().getOrganisation()).isEqualTo("Humberside Police");
        assertThat(contact.getIndicators()).extracting(ContactIndicator::getCode, ContactIndicator::getParameters,
                        ContactIndicator::getChildIndexes)
                .containsExactly(
                        tuple("PARENTAL_SUBSTANCE_MISUSE", Map.of(), null),
                        tuple("DOMESTIC_ABUSE", Map.of("dashRisk", "HIGH"), null));
        assertThat(contact.getSummary()).isEqualTo("Officers attended a domestic incident at the home");

        List<ConsumerRecord<String, ContactSubmission>> submissions = events.eventsSince(before, Topics.CONTACT_SUBMISSIONS);
        assertThat(submissions).singleElement().satisfies(submission -> {
            assertThat(submission.key()).isEqualTo("partner\u001fPOLICE\u001f" + reference);
            assertThat(submission.value().getContactId()).isEqualTo(id);
            assertThat(submission.value().getReceivedAt()).isEqualTo(acknowledgedAt);
        });
    }

    @Test
    void a_notification_records_the_partner_client_that_sent_it_from_the_subject_of_its_token() {
        Marks before = marks();

        Reply reply = police.postNotification(NotificationJson.domesticAbuseIncident(reference));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(events.eventsSince(before, Topics.CONTACTS_RECEIVED)).singleElement()
                .satisfies(record -> assertThat(record.value().getSubmittedBy()).isEqualTo("partner-police-test"));
    }

    @Test
    void a_school_safeguarding_concern_takes_the_schools_census_code_and_keeps_its_indicators_as_sent() {
        Marks before = marks();

        Reply reply = school.postNotification(NotificationJson.safeguardingConcern(reference));

        assertThat(reply.status()).isEqualTo(201);
        ContactReceived contact = events.eventsSince(before, Topics.CONTACTS_RECEIVED).get(0).value();
        assertThat(contact.getReferralSource()).isEqualTo("2A");
        assertThat(contact.getPartner().getAgency()).isEqualTo("SCHOOL");
        assertThat(contact.getPartner().getKind()).isEqualTo("SAFEGUARDING_CONCERN");
        assertThat(contact.getIndicators()).extracting(ContactIndicator::getCode, ContactIndicator::getParameters)
                .containsExactly(tuple("INJURY", Map.of("explained", "false")));
    }

    static Stream<Arguments> bad_notifications() {
        return Stream.of(
                bad("a referral source of its own", n -> n.put("referralSource", "2A"), "referralSource"),
                bad("a channel of its own", n -> n.put("channel", "PHONE"), "channel"),
                bad("a time received of its own", n -> n.put("receivedAt", "2026-11-20T09:15:00Z"), "receivedAt"),
                bad("no partner reference", n -> n.remove("partnerReference"), "partnerReference"),
                bad("a 101-character partner reference", n -> n.put("partnerReference", "r".repeat(101)), "partnerReference"),
                bad("no kind", n -> n.remove("kind"), "kind"),
                bad("an unknown kind", n -> n.put("kind", "BURGLARY"), "kind"),
                bad("a domestic abuse incident without its DASH risk", n -> n.remove("dashRisk"), "dashRisk"),
                bad("a DASH risk that does not exist", n -> n.put("dashRisk", "EXTREME"), "dashRisk"),
                bad("a domestic abuse indicator beside the incident's own",
                        n -> indicators(n).add(new LinkedHashMap<>(Map.of("code", "DOMESTIC_ABUSE"))), "indicators[1].code"),
                bad("a DASH risk on a public protection notice", n -> n.put("kind", "PUBLIC_PROTECTION_NOTICE"), "dashRisk"),
                bad("an invalid NHS number", n -> children(n).get(0).put("nhsNumber", "9434765918"), "children[0].nhsNumber"),
                bad("no children", n -> n.put("children", List.of()), "children"),
                bad("an unknown field of a child", n -> children(n).get(0).put("middleName", "Jo"), "children[0].middleName"),
                bad("an indicator for a child that is not there", n -> indicators(n).get(0).put("children", List.of(1)),
                        "indicators[0].children[0]"),
                bad("an unknown indicator code", n -> indicators(n).get(0).put("code", "WORRIED"), "indicators[0].code"),
                bad("no consent", n -> n.remove("consent"), "consent"),
                bad("a 20,001-character summary", n -> n.put("summary", "s".repeat(20_001)), "summary"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_notifications")
    void a_bad_notification_is_refused_400_naming_the_field_and_nothing_is_published(String what, String body, String field) {
        Marks before = marks();

        Reply reply = police.postNotification(body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains(field);
        assertThat(reply.body()).doesNotContain("9434765918", "Amy", "Smith", "Jo\"", "Officers attended");
        assertNothingPublishedSince(before);
    }

    @Test
    void a_notification_about_a_child_expected_more_than_a_month_ago_is_refused_asking_for_the_date_of_birth() {
        Map<String, Object> incident = NotificationJson.domesticAbuseIncident(reference);
        children(incident).get(0).remove("dateOfBirth");
        children(incident).get(0).put("expectedDateOfBirth", LocalDate.now().minusMonths(1).minusDays(2).toString());
        Marks before = marks();

        Reply reply = police.postNotification(incident);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asString()).isEqualTo("children[0].expectedDateOfBirth");
            assertThat(error.get("message").asString()).contains("give the dateOfBirth");
        });
        assertNothingPublishedSince(before);
    }

    @Test
    void a_notification_about_a_child_expected_less_than_a_month_ago_is_accepted_as_not_yet_recorded_born() {
        Map<String, Object> incident = NotificationJson.domesticAbuseIncident(reference);
        children(incident).get(0).remove("dateOfBirth");
        children(incident).get(0).put("expectedDateOfBirth", LocalDate.now().minusDays(20).toString());

        assertThat(police.postNotification(incident).status()).isEqualTo(201);
    }

    @Test
    void a_notification_is_received_when_it_arrives_so_it_is_never_a_late_entry_and_takes_no_late_entry_reason() {
        Map<String, Object> incident = NotificationJson.domesticAbuseIncident(reference);
        incident.put("lateEntryReason", "A letter that arrived late");
        Marks before = marks();

        Reply reply = police.postNotification(incident);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("lateEntryReason");
        assertNothingPublishedSince(before);
    }

    @Test
    void an_agency_may_send_only_its_own_kinds_of_notification() {
        Map<String, Object> notice = NotificationJson.safeguardingConcern(reference);
        notice.put("kind", "PUBLIC_PROTECTION_NOTICE");
        Marks before = marks();

        Reply reply = school.postNotification(notice);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertNothingPublishedSince(before);
    }

    @Test
    void the_same_notification_sent_again_gets_the_original_answer_and_publishes_nothing() {
        Reply first = police.postNotification(NotificationJson.domesticAbuseIncident(reference));
        Marks afterFirst = marks();

        Reply again = police.postNotification(NotificationJson.domesticAbuseIncident(reference));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertNothingPublishedSince(afterFirst);
    }

    @Test
    void a_different_notification_under_a_used_reference_is_409_and_publishes_nothing() {
        police.postNotification(NotificationJson.domesticAbuseIncident(reference));
        Map<String, Object> regraded = NotificationJson.domesticAbuseIncident(reference);
        regraded.put("dashRisk", "MEDIUM");
        regraded.put("summary", "A second visit to the home");
        Marks afterFirst = marks();

        Reply conflict = police.postNotification(regraded);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
        assertThat(conflict.json().get("type").asString()).isEqualTo("urn:frontdoor:problem:partner-reference-reused");
        assertThat(conflict.body()).doesNotContain("A second visit", reference);
        assertNothingPublishedSince(afterFirst);
    }

    @Test
    void two_agencies_may_use_the_same_reference_independently() {
        IntakeClient probation = api.as(TestTokens.partner("PROBATION"));
        Marks before = marks();

        Reply fromPolice = police.postNotification(NotificationJson.domesticAbuseIncident(reference));
        Reply fromProbation = probation.postNotification(NotificationJson.safeguardingConcern(reference));

        assertThat(fromPolice.status()).isEqualTo(201);
        assertThat(fromProbation.status()).isEqualTo(201);
        String policeId = fromPolice.json().get("notificationId").asString();
        String probationId = fromProbation.json().get("notificationId").asString();
        assertThat(policeId).isNotEqualTo(probationId);
        assertThat(events.since(before, Topics.CONTACTS_RECEIVED.name())).hasSize(2);
        assertThat(police.get("/api/v1/partner-notifications/" + policeId).status()).isEqualTo(200);
        assertThat(probation.get("/api/v1/partner-notifications/" + probationId).status()).isEqualTo(200);
        assertThat(probation.get("/api/v1/partner-notifications/" + policeId).status()).isEqualTo(404);
    }

    @Test
    void an_agency_follows_its_notification_until_every_child_has_a_route() {
        Map<String, Object> incident = NotificationJson.domesticAbuseIncident(reference);
        children(incident).add(ContactJson.child("Ben", "Smith"));
        Reply accepted = police.postNotification(incident);
        String id = accepted.json().get("notificationId").asString();

        JsonNode received = notificationStatus(id);
        assertThat(received.propertyNames()).containsExactlyInAnyOrder("notificationId", "partnerReference", "status",
                "acknowledgedAt", "children");
        assertThat(received.get("notificationId").asString()).isEqualTo(id);
        assertThat(received.get("partnerReference").asString()).isEqualTo(reference);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("acknowledgedAt")).isEqualTo(accepted.json().get("acknowledgedAt"));
        assertThat(received.get("children")).isEmpty();

        events.publish(Topics.CHILD_DECISIONS, "child-a", Decisions.of(id, 0, Route.STRATEGY_MEETING));
        events.publish(Topics.CHILD_DECISIONS, "child-b", Decisions.of(id, 1, Route.MASH));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(notificationStatus(id).get("status").asString()).isEqualTo("TRIAGED"));

        JsonNode triaged = notificationStatus(id);
        assertThat(triaged.get("children")).hasSize(2).allSatisfy(child ->
                assertThat(child.propertyNames()).containsExactlyInAnyOrder("childIndex", "route"));
        assertThat(triaged.get("children").get(0).get("childIndex").asInt()).isZero();
        assertThat(triaged.get("children").get(0).get("route").asString()).isEqualTo("STRATEGY_MEETING");
        assertThat(triaged.get("children").get(1).get("childIndex").asInt()).isEqualTo(1);
        assertThat(triaged.get("children").get(1).get("route").asString()).isEqualTo("MASH");
    }

    @Test
    void another_agencys_notification_is_404_exactly_like_an_unknown_one() {
        String policeId = police.postNotification(NotificationJson.domesticAbuseIncident(reference))
                .json().get("notificationId").asString();
        String staffContactId = api.post(ContactJson.valid()).json().get("contactId").asString();

        Reply anotherAgencys = school.get("/api/v1/partner-notifications/" + policeId);
        Reply staffContact = school.get("/api/v1/partner-notifications/" + staffContactId);
        Reply unknown = school.get("/api/v1/partner-notifications/" + UUID.randomUUID());

        assertThat(List.of(anotherAgencys, staffContact, unknown)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        });
        assertThat(withoutInstance(anotherAgencys)).isEqualTo(withoutInstance(unknown))
                .isEqualTo(withoutInstance(staffContact));
    }

    @Test
    void front_door_staff_read_a_partner_notification_as_the_contact_it_is() {
        String id = police.postNotification(NotificationJson.domesticAbuseIncident(reference))
                .json().get("notificationId").asString();

        Reply contact = api.get("/api/v1/contacts/" + id);

        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().get("contactId").asString()).isEqualTo(id);
    }

    private JsonNode notificationStatus(String id) {
        Reply reply = police.get("/api/v1/partner-notifications/" + id);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("Amy", "Ben", "Smith", "9434765919", "2019-04-02", "Officers attended",
                "decisionId", "level", "rag", "reasons");
        return reply.json();
    }

    /** A problem's {@code instance} is the path asked for, so it is the one part that may differ. */
    private static JsonNode withoutInstance(Reply reply) {
        ObjectNode problem = (ObjectNode) reply.json();
        problem.remove("instance");
        return problem;
    }

    private static Marks marks() {
        return events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());
    }

    private static void assertNothingPublishedSince(Marks marks) {
        assertThat(events.since(marks, Topics.CONTACTS_RECEIVED.name())).isEmpty();
        assertThat(events.since(marks, Topics.CONTACT_SUBMISSIONS.name())).isEmpty();
    }

    private static Arguments bad(String what, Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> notification = NotificationJson.domesticAbuseIncident("INC-" + UUID.randomUUID());
        change.accept(notification);
        return Arguments.of(what, ContactJson.json(notification), field);
    }
}
