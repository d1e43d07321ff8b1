package org.frontdoor.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.frontdoor.triage.Contacts.child;
import static org.frontdoor.triage.Contacts.contact;
import static org.frontdoor.triage.Contacts.indicator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manager decides once, whatever fails (decision 0014): an answer lost to a timeout, a retry,
 * the same Idempotency-Key again, managers deciding at the same moment. Each decision gets at most
 * one ManagementDecisionRecorded, and a request sent again gets the answer the first would have had.
 */
class ManagementDecisionIT {

    private static final AvroDeserializer<ChildTriaged> DECISIONS = new AvroDeserializer<>(ChildTriaged.class);
    private static final AvroDeserializer<ManagementDecisionRecorded> MANAGED =
            new AvroDeserializer<>(ManagementDecisionRecorded.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final String CONFIRM = "{\"outcome\":\"CONFIRMED\"}";
    private static final String OVERRIDE = "{\"outcome\":\"OVERRIDDEN\",\"route\":\"MASH\",\"reason\":\"Known to the MASH\"}";

    private static TriageServiceRunner runner;

    @BeforeAll
    static void start() {
        runner = new TriageServiceRunner();
        // Short, so that an unanswered request is answered 503 quickly.
        runner.start("frontdoor.triage.management-decisions.answer-within=PT3S");
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @Test
    void aRequestWhoseAnswerWasLostIsAnsweredOnRetryAsTheFirstWouldHaveBeenAndIsPublishedOnce() throws Exception {
        String decisionId = triagedDecision("1234567903");

        runner.pipeline().pause();
        HttpResponse<String> lost;
        try {
            lost = post(decisionId, CONFIRM, "manager-ayo", null);
        } finally {
            runner.pipeline().resume();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> managementOf(get(decisionId)) != null);
        HttpResponse<String> retried = post(decisionId, CONFIRM, "manager-ayo", null);

        assertThat(lost.statusCode()).isEqualTo(503);
        assertThat(lost.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(managementOf(retried.body()).get("recordedBy").asString()).isEqualTo("manager-ayo");
        assertThat(published(decisionId)).singleElement();
    }

    @Test
    void aRequestSentAgainWithItsIdempotencyKeyWhileTheFirstIsUnansweredIsRecordedOnce() throws Exception {
        String decisionId = triagedDecision("1234567911");

        runner.pipeline().pause();
        List<Integer> unanswered;
        try {
            unanswered = List.of(post(decisionId, OVERRIDE, "manager-bea", "bea-1").statusCode(),
                    post(decisionId, OVERRIDE, "manager-bea", "bea-1").statusCode());
        } finally {
            runner.pipeline().resume();
        }
        HttpResponse<String> answered = await().atMost(Duration.ofSeconds(30))
                .until(() -> post(decisionId, OVERRIDE, "manager-bea", "bea-1"), response -> response.statusCode() == 200);

        assertThat(unanswered).containsExactly(503, 503);
        assertThat(managementOf(answered.body()).get("route").asString()).isEqualTo("MASH");
        assertThat(published(decisionId)).singleElement();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredAsTheFirstWasAndRecordsNothingNew() throws Exception {
        String decisionId = triagedDecision("1234567938");

        HttpResponse<String> first = post(decisionId, OVERRIDE, "manager-cal", "cal-1");
        HttpResponse<String> retry = post(decisionId, OVERRIDE, "manager-cal", "cal-1");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(retry.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(published(decisionId)).singleElement();
    }

    @Test
    void theSameIdempotencyKeyWithADifferentBodyIsAConflictAndRecordsNothing() throws Exception {
        String decisionId = triagedDecision("1234567946");

        HttpResponse<String> first = post(decisionId, CONFIRM, "manager-dee", "dee-1");
        HttpResponse<String> reused = post(decisionId, OVERRIDE, "manager-dee", "dee-1");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(reused.body()).get("detail").asString()).contains("Idempotency-Key");
        assertThat(managementOf(get(decisionId)).get("outcome").asString()).isEqualTo("CONFIRMED");
        assertThat(published(decisionId)).singleElement();
    }

    @Test
    void managersDecidingOneDecisionAtTheSameMomentRecordExactlyOneDecision() throws Exception {
        String decisionId = triagedDecision("1234567954");
        List<Callable<HttpResponse<String>>> managers = IntStream.range(0, 6).<Callable<HttpResponse<String>>>mapToObj(
                manager -> () -> post(decisionId, manager % 2 == 0 ? CONFIRM : OVERRIDE, "manager-" + manager, null)).toList();

        List<HttpResponse<String>> answers;
        ExecutorService pool = Executors.newFixedThreadPool(managers.size());
        try {
            answers = pool.invokeAll(managers).stream().map(ManagementDecisionIT::result).toList();
        } finally {
            pool.shutdown();
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 409)
                .filteredOn(status -> status == 200).hasSize(1);
        ManagementDecisionRecorded recorded = published(decisionId).get(0);
        assertThat(published(decisionId)).singleElement();
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).singleElement()
                .satisfies(answer -> assertThat(managementOf(answer.body()).get("recordedBy").asString())
                        .isEqualTo(recorded.getRecordedBy()));
    }

    @Test
    void anIdempotencyKeyThatIsNotUpTo100PrintableCharactersIsRefusedNamingTheHeaderWithoutRepeatingIt() throws Exception {
        String decisionId = triagedDecision("1234567962");
        String tooLong = "k".repeat(101);

        HttpResponse<String> refused = post(decisionId, CONFIRM, "manager-eve", tooLong);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"Idempotency-Key\"").doesNotContain(tooLong);
        assertThat(managementOf(get(decisionId))).isNull();
    }

    private static String triagedDecision(String nhsNumber) {
        ContactReceived received = contact(Instant.parse("2026-11-10T09:00:00Z"),
                List.of(child(nhsNumber, LocalDate.of(2015, 1, 10))), List.of(indicator("EMOTIONAL_WELLBEING", Map.of())));
        runner.publish(Topics.CONTACTS_RECEIVED, received.getContactId(), received);
        String decisionId = await().atMost(Duration.ofSeconds(60)).until(() -> runner.records(Topics.CHILD_DECISIONS.name())
                .stream().map(record -> DECISIONS.deserialize(record.topic(), record.value()))
                .filter(decision -> decision.getContactId().equals(received.getContactId()))
                .map(ChildTriaged::getDecisionId).findFirst().orElse(null), id -> id != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> get(decisionId) != null);
        return decisionId;
    }

    private static HttpResponse<String> post(String decisionId, String body, String manager, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + runner.port()
                        + "/api/v1/decisions/" + decisionId + "/management-decision"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.withRoles(manager, List.of("MANAGER"), null));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The decision as the API shows it; null until it can be read. */
    private static String get(String decisionId) {
        return runner.api(TestTokens.frontDoor()).get().uri("/api/v1/decisions/{id}", decisionId)
                .exchange((request, response) -> response.getStatusCode().value() == 200 ? response.bodyTo(String.class) : null);
    }

    private static JsonNode managementOf(String decision) {
        JsonNode management = JSON.readTree(decision).get("managementDecision");
        return management == null || management.isNull() ? null : management;
    }

    /** Every ManagementDecisionRecorded for the decision, once the topic has settled. */
    private static List<ManagementDecisionRecorded> published(String decisionId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> runner.records(Topics.MANAGEMENT_DECISIONS.name()).stream()
                .map(record -> MANAGED.deserialize(record.topic(), record.value()))
                .filter(event -> event.getDecisionId().equals(decisionId)).toList(), events -> !events.isEmpty());
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
