package org.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.intake.contact.ContactJson.children;
import static org.frontdoor.intake.contact.ContactJson.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactChild;
import org.frontdoor.events.AccessAudited;
import org.frontdoor.events.ContactIndicator;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.Sex;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.EventLog.Marks;
import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.IntakeIntegrationTest;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

class ContactIntakeIT extends IntakeIntegrationTest {

    private static final Topic<AccessAudited> AUDIT = Topics.auditTrailOf("contact-intake-service");

    @Test
    void a_valid_contact_is_answered_201_and_recorded_exactly_once_with_its_content() {
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());

        Reply reply = api.post(ContactJson.valid());

        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        String contactId = body.get("contactId").asString();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/contacts/" + contactId);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("contactId", "status", "receivedAt");
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(Instant.parse(body.get("receivedAt").asString())).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));

        List<ConsumerRecord<String, ContactReceived>> recorded = events.eventsSince(before, Topics.CONTACTS_RECEIVED);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).key()).isEqualTo(contactId);
        ContactReceived contact = recorded.get(0).value();
        assertThat(contact.getContactId()).isEqualTo(contactId);
        assertThat(contact.getReceivedAt()).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
        assertThat(contact.getRecordedAt()).isAfter(contact.getReceivedAt());
        assertThat(contact.getChannel()).isEqualTo(ContactChannel.PHONE);
        assertThat(contact.getReferralSource()).isEqualTo("2A");
        assertThat(contact.getReferrer().getOrganisation()).isEqualTo("Hill Primary");
        assertThat(contact.getChildren()).singleElement().satisfies(child -> {
            assertThat(child.getLocalId()).isEqualTo("LA-1234");
            assertThat(child.getNhsNumber()).isEqualTo("9434765919");
            assertThat(child.getFirstName()).isEqualTo("Amy");
            assertThat(child.getLastName()).isEqualTo("Smith");
            assertThat(child.getDateOfBirth()).isEqualTo(LocalDate.of(2019, 4, 2));
            assertThat(child.getExpectedDateOfBirth()).isNull();
            assertThat(child.getSex()).isEqualTo(Sex.F);
            assertThat(child.getNotIndependentlyMobile()).isFalse();
        });
        assertThat(contact.getIndicators()).extracting(ContactIndicator::getCode, ContactIndicator::getParameters,
                        ContactIndicator::getChildIndexes)
                .containsExactly(
                        tuple("DOMESTIC_ABUSE", Map.of("dashRisk", "MEDIUM"), null),
                        tuple("INJURY", Map.of("explained", "false"), List.of(0)));
        assertThat(contact.getImmediateRisk()).isFalse();
        assertThat(contact.getConsent()).isEqualTo(Consent.GIVEN);
        assertThat(contact.getSummary()).isEqualTo("free text");
        assertThat(events.since(before, Topics.CONTACT_SUBMISSIONS.name())).as("no key, no submission").isEmpty();
    }

    @Test
    void a_contact_without_received_at_is_received_now_and_defaults_are_recorded() {
        Map<String, Object> contact = ContactJson.valid();
        contact.remove("receivedAt");
        contact.remove("immediateRisk");
        children(contact).get(0).remove("sex");
        children(contact).get(0).put("nhsNumber", "943 476 5919");
        Instant before = Instant.now();
        Marks marks = events.mark(Topics.CONTACTS_RECEIVED.name());

        Reply reply = api.post(contact);

        assertThat(reply.status()).isEqualTo(201);
        Instant receivedAt = Instant.parse(reply.json().get("receivedAt").asString());
        assertThat(receivedAt).isBetween(before.minusMillis(1), Instant.now());
        ContactReceived recorded = events.eventsSince(marks, Topics.CONTACTS_RECEIVED).get(0).value();
        assertThat(recorded.getReceivedAt()).isEqualTo(receivedAt);
        assertThat(recorded.getImmediateRisk()).isFalse();
        assertThat(recorded.getChildren()).extracting(ContactChild::getSex, ContactChild::getNhsNumber)
                .containsExactly(tuple(Sex.U, "9434765919"));
    }

    @Test
    void a_contact_records_who_submitted_it_from_the_subject_of_their_token() {
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name());

        Reply byStaff = api.post(ContactJson.valid());
        Reply byManager = api.as(TestTokens.manager()).post(ContactJson.valid());

        assertThat(byStaff.status()).isEqualTo(201);
        assertThat(byManager.status()).isEqualTo(201);
        assertThat(events.eventsSince(before, Topics.CONTACTS_RECEIVED))
                .extracting(record -> record.key(), record -> record.value().getSubmittedBy())
                .containsExactlyInAnyOrder(
                        tuple(byStaff.json().get("contactId").asString(), "front-door-test"),
                        tuple(byManager.json().get("contactId").asString(), "manager-test"));
    }

    @Test
    void a_contact_answered_201_under_a_key_names_the_recorded_contact_in_its_location_and_so_does_its_replay() {
        String key = "key-" + UUID.randomUUID();

        Reply first = api.post(ContactJson.valid(), key);
        Reply replay = api.post(ContactJson.valid(), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/v1/contacts/" + first.json().get("contactId").asString());
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(api.get(first.header("Location")).status()).isEqualTo(200);
    }

    @Test
    void a_late_entry_is_recorded_with_its_reason_and_the_audit_trail_shows_it_was_late_but_not_why() {
        Map<String, Object> contact = ContactJson.valid();
        Instant longAgo = Instant.now().minus(LATE_ENTRY_WINDOW).minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        contact.put("receivedAt", longAgo.toString());
        contact.put("lateEntryReason", "Zq letter that arrived after the holidays");
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name(), AUDIT.name());

        Reply reply = api.post(contact);

        assertThat(reply.status()).isEqualTo(201);
        String contactId = reply.json().get("contactId").asString();
        assertThat(events.eventsSince(before, Topics.CONTACTS_RECEIVED)).singleElement().satisfies(recorded -> {
            assertThat(recorded.value().getReceivedAt()).isEqualTo(longAgo);
            assertThat(recorded.value().getLateEntryReason()).isEqualTo("Zq letter that arrived after the holidays");
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events.eventsSince(before, AUDIT))
                .extracting(ConsumerRecord::value)
                .filteredOn(audit -> contactId.equals(audit.getCreatedIds().get("contactId")))
                .singleElement().satisfies(audit -> {
                    assertThat(audit.getFacts()).containsEntry("lateEntry", "true");
                    assertThat(audit.toString()).doesNotContain("Zq");
                }));
    }

    @Test
    void a_contact_that_is_not_late_records_no_late_entry_reason_and_no_late_entry_in_the_audit_trail() {
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name(), AUDIT.name());

        Reply reply = api.post(ContactJson.valid());

        String contactId = reply.json().get("contactId").asString();
        assertThat(events.eventsSince(before, Topics.CONTACTS_RECEIVED)).singleElement()
                .satisfies(recorded -> assertThat(recorded.value().getLateEntryReason()).isNull());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events.eventsSince(before, AUDIT))
                .extracting(ConsumerRecord::value)
                .filteredOn(audit -> contactId.equals(audit.getCreatedIds().get("contactId")))
                .singleElement().satisfies(audit -> assertThat(audit.getFacts()).doesNotContainKey("lateEntry")));
    }

    static Stream<Arguments> bad_contacts() {
        return Stream.of(
                badJson("malformed JSON", "{\"channel\": PHONE}", "channel"),
                badJson("JSON cut short", ContactJson.json(ContactJson.valid()).substring(0, 40), null),
                badJson("not an object", "[1, 2]", "$"),
                bad("an unknown field", contact -> contact.put("colour", "red"), "colour"),
                bad("an unknown field of a child", contact -> children(contact).get(0).put("middleName", "Jo"),
                        "children[0].middleName"),
                bad("an unknown indicator code",
                        contact -> indicators(contact).add(new LinkedHashMap<>(Map.of("code", "WORRIED"))),
                        "indicators[2].code"),
                bad("a parameter of the wrong type", contact -> indicators(contact).get(1).put("explained", "no"),
                        "indicators[1].explained"),
                bad("a child index out of range", contact -> indicators(contact).get(1).put("children", List.of(3)),
                        "indicators[1].children[0]"),
                bad("an invalid NHS number", contact -> children(contact).get(0).put("nhsNumber", "9434765918"),
                        "children[0].nhsNumber"),
                bad("a 20,001-character summary", contact -> contact.put("summary", "s".repeat(20_001)), "summary"),
                bad("21 children", contact -> contact.put("children", twentyOneChildren()), "children"),
                bad("a future receivedAt", contact -> contact.put("receivedAt", Instant.now().plusSeconds(3600).toString()),
                        "receivedAt"),
                bad("a late entry without the reason it is late",
                        contact -> contact.put("receivedAt", longerAgoThanTheLateEntryWindow()), "lateEntryReason"),
                bad("a late entry reason for a contact that is not late",
                        contact -> contact.put("lateEntryReason", "A letter that arrived late"), "lateEntryReason"),
                bad("a late entry reason of 501 characters", contact -> {
                    contact.put("receivedAt", longerAgoThanTheLateEntryWindow());
                    contact.put("lateEntryReason", "r".repeat(501));
                }, "lateEntryReason"),
                bad("a date of birth after the contact was received",
                        contact -> children(contact).get(0).put("dateOfBirth", "2026-11-25"), "children[0].dateOfBirth"),
                bad("an expected date of birth more than a month before the contact was received", contact -> {
                    children(contact).get(0).remove("dateOfBirth");
                    children(contact).get(0).put("expectedDateOfBirth", "2026-10-01");
                }, "children[0].expectedDateOfBirth"),
                bad("a future date of birth",
                        contact -> children(contact).get(0).put("dateOfBirth", LocalDate.now().plusDays(2).toString()),
                        "children[0].dateOfBirth"),
                bad("a date of birth that is not a date", contact -> children(contact).get(0).put("dateOfBirth", "02/04/2019"),
                        "children[0].dateOfBirth"),
                bad("a census code that does not exist", contact -> contact.put("referralSource", "2C"), "referralSource"),
                bad("text for a boolean", contact -> contact.put("immediateRisk", "yes"), "immediateRisk"),
                bad("a number for text", contact -> contact.put("summary", 123), "summary"),
                bad("a boolean for text", contact -> children(contact).get(0).put("firstName", true), "children[0].firstName"),
                bad("a number for a time", contact -> contact.put("receivedAt", 0), "receivedAt"),
                bad("a date and time for a date",
                        contact -> children(contact).get(0).put("dateOfBirth", "2019-04-02T00:00:00Z"), "children[0].dateOfBirth"),
                bad("an array for a date", contact -> children(contact).get(0).put("dateOfBirth", List.of()),
                        "children[0].dateOfBirth"),
                bad("a fraction for a child index", contact -> indicators(contact).get(1).put("children", List.of(0.5)),
                        "indicators[1].children[0]"),
                bad("a field given twice", null, "consent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_contacts")
    void a_bad_contact_is_refused_400_naming_the_field_and_nothing_is_published(String what, String body,
                                                                                 String field) {
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());

        Reply reply = api.post(body, "key-" + UUID.randomUUID());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.propertyNames()).doesNotContain("trace", "exception");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> {
            fields.add(error.get("field").asString());
            assertThat(error.get("message").asString()).isNotBlank();
        });
        if (field != null) {
            assertThat(fields).contains(field);
        } else {
            assertThat(fields).isNotEmpty();
        }
        assertThat(reply.body()).doesNotContain("9434765918", "Amy", "Smith", "PHONE}", "02/04/2019", "Jo\"", "red\"");
        assertThat(events.since(before, Topics.CONTACTS_RECEIVED.name())).isEmpty();
        assertThat(events.since(before, Topics.CONTACT_SUBMISSIONS.name())).isEmpty();
    }

    @Test
    void a_body_over_the_size_limit_is_refused_413_and_nothing_is_published() {
        Map<String, Object> contact = ContactJson.valid();
        contact.put("summary", "s".repeat(300 * 1024));
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name());

        Reply reply = api.post(contact);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(events.since(before, Topics.CONTACTS_RECEIVED.name())).isEmpty();
    }

    @Test
    void a_body_over_the_size_limit_is_refused_413_even_when_its_length_is_not_declared() {
        Map<String, Object> contact = ContactJson.valid();
        contact.put("summary", "s".repeat(300 * 1024));
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name());

        Reply reply = api.postStreamed(ContactJson.json(contact));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(events.since(before, Topics.CONTACTS_RECEIVED.name())).isEmpty();
    }

    @Test
    void a_contact_sent_without_declaring_its_length_is_accepted() {
        assertThat(api.postStreamed(ContactJson.json(ContactJson.valid())).status()).isEqualTo(201);
    }

    private static Arguments bad(String what, Consumer<Map<String, Object>> change, String field) {
        if (change == null) {
            String twice = ContactJson.json(ContactJson.valid()).replaceFirst("\\{", "{\"consent\": \"GIVEN\", ");
            return Arguments.of(what, twice, field);
        }
        Map<String, Object> contact = ContactJson.valid();
        change.accept(contact);
        return Arguments.of(what, ContactJson.json(contact), field);
    }

    private static String longerAgoThanTheLateEntryWindow() {
        return Instant.now().minus(LATE_ENTRY_WINDOW).minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Arguments badJson(String what, String body, String field) {
        return Arguments.of(what, body, field);
    }

    private static List<Map<String, Object>> twentyOneChildren() {
        List<Map<String, Object>> children = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            children.add(ContactJson.child("Child" + i, "Jones"));
        }
        return children;
    }
}
