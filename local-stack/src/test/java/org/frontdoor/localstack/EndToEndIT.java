package org.frontdoor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows contacts through all four services as users meet them: front-door staff submit, triage
 * decides, a manager overrides, the section 47 pathway opens and closes a case, and when time
 * moves on the contact-decision clock breaches and the alert reaches a manager's webhook, signed,
 * and their inbox on the local SMTP server.
 */
@ExtendWith(WholeStack.class)
class EndToEndIT {

    private static final String SECRET = "end-to-end-webhook-secret";
    private static final Duration TRIAGE_WAIT = Duration.ofSeconds(60);

    private static WholeStack.Running stack;
    private static WebhookReceiver manager;
    private static RestClient frontDoor;
    private static RestClient teamManager;
    private static RestClient practitioner;
    private final RestClient http = RestClient.create();

    @BeforeAll
    static void aManagerSubscribesToContactDecisionBreaches(WholeStack.Running running) {
        stack = running;
        frontDoor = running.as(DemoClient.FRONT_DOOR);
        teamManager = running.as(DemoClient.MANAGER);
        practitioner = running.as(DemoClient.PRACTITIONER);
        manager = new WebhookReceiver();
        String subscription = """
                {"teams": ["front-door"], "clocks": ["CONTACT_DECISION"], "kinds": ["BREACHED"],
                 "channel": {"type": "WEBHOOK", "url": "%s", "secret": "%s"}}""".formatted(manager.url(), SECRET);
        String byEmail = """
                {"teams": ["front-door"], "clocks": ["CONTACT_DECISION"], "kinds": ["BREACHED"],
                 "channel": {"type": "EMAIL", "address": "duty.manager@example.org"}}""";
        for (String body : List.of(subscription, byEmail)) {
            teamManager.post().uri(stack.service(FrontDoorService.NOTIFICATION_SERVICE, "/api/v1/subscriptions"))
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
        }
    }

    @AfterAll
    static void stopTheReceiver() {
        manager.close();
    }

    @Test
    void aContactIsTriagedAManagerOverridesAnotherAndTheUnmanagedDecisionBreachesToTheManagersWebhook() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String unmanaged = submit(contact("9434765919", "{\"code\": \"INJURY\", \"explained\": false}"),
                "00-" + traceId + "-00f067aa0ba902b7-01");
        String overridden = submit(contact("1234567849", "{\"code\": \"SCHOOL_ATTENDANCE\"}"));

        JsonNode triaged = awaitTriaged(unmanaged);
        assertThat(triaged.path("children").get(0).path("route").asString()).isEqualTo("STRATEGY_MEETING");
        assertThat(awaitTriaged(overridden).path("children").get(0).path("route").asString()).isEqualTo("EARLY_HELP");
        JsonNode decision = decisions(unmanaged).get(0);
        assertThat(decision.path("reasons").get(0).path("ruleId").asString()).isEqualTo("INJURY_UNEXPLAINED");
        assertThat(decision.path("team").asString()).isEqualTo("assessment-and-safeguarding");

        JsonNode override = manage(decisions(overridden).get(0).path("decisionId").asString(),
                "{\"outcome\": \"OVERRIDDEN\", \"route\": \"MASH\", \"reason\": \"Third school to raise attendance\"}");
        assertThat(override.path("managementDecision").path("route").asString()).isEqualTo("MASH");

        advanceTheClock("P10D");

        WebhookReceiver.Received alert = await().atMost(Duration.ofSeconds(60)).until(() -> manager.received().stream()
                .filter(received -> body(received).path("contactId").asString("").equals(unmanaged))
                .findFirst(), found -> found.isPresent()).orElseThrow();
        JsonNode breach = body(alert);
        assertThat(breach.path("kind").asString()).isEqualTo("BREACHED");
        assertThat(breach.path("clock").asString()).isEqualTo("CONTACT_DECISION");
        assertThat(breach.path("team").asString()).isEqualTo("front-door");
        assertThat(alert.alertId()).isEqualTo(breach.path("alertId").asString());
        assertThat(alert.signature()).isEqualTo("sha256=" + hmac(alert.body()));
        // One trace from the front-door request to the manager's webhook (decision 0011), and
        // every service's log shows it, so the contact can be followed by its trace id alone.
        assertThat(alert.traceparent()).contains(traceId);
        // A service logs a step just after taking it, so its line may follow the webhook by a moment.
        for (FrontDoorService service : FrontDoorService.values()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(Files.readString(stack.stack().log(service))).as(service.moduleName()).contains(traceId));
        }
        assertThat(manager.received()).noneSatisfy(received ->
                assertThat(body(received).path("contactId").asString("")).isEqualTo(overridden));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(http.get()
                .uri(stack.consoleUrl().resolve("/local/mails")).retrieve().body(JsonNode.class).path("subjects").values())
                .anySatisfy(subject -> assertThat(subject.asString()).contains("BREACHED: CONTACT_DECISION")));
    }

    @Test
    void aChildRoutedToAStrategyMeetingOpensACaseAndAnOverrideClosesItAsNotRequired() {
        String contactId = submit(contact("1234567857", "{\"code\": \"DOMESTIC_ABUSE\", \"dashRisk\": \"HIGH\"}"));
        awaitTriaged(contactId);

        JsonNode opened = await().atMost(TRIAGE_WAIT).until(() -> cases(contactId), cases -> cases.size() == 1).get(0);
        assertThat(opened.path("status").asString()).isEqualTo("OPEN");
        assertThat(opened.path("clocks").get(0).path("clock").asString()).isEqualTo("STRATEGY_MEETING");

        manage(decisions(contactId).get(0).path("decisionId").asString(),
                "{\"outcome\": \"OVERRIDDEN\", \"route\": \"MASH\", \"reason\": \"Police confirm the perpetrator has left\"}");

        await().atMost(TRIAGE_WAIT).untilAsserted(() ->
                assertThat(cases(contactId).get(0).path("status").asString()).isEqualTo("CLOSED"));
        assertThat(cases(contactId).get(0).path("clocks").get(0).path("status").asString()).isEqualTo("STOPPED");
    }

    private static String contact(String nhsNumber, String indicator) {
        return """
                {"channel": "PHONE", "referralSource": "2A",
                 "referrer": {"name": "A Teacher", "organisation": "Hill Primary", "role": "DSL"},
                 "children": [{"nhsNumber": "%s", "firstName": "Amy", "lastName": "Smith", "dateOfBirth": "2019-04-02", "sex": "F"}],
                 "indicators": [%s], "immediateRisk": false, "consent": "GIVEN", "summary": "Raised by the school"}
                """.formatted(nhsNumber, indicator);
    }

    private String submit(String contact) {
        return submit(contact, null);
    }

    private String submit(String contact, String traceparent) {
        JsonNode created = frontDoor.post().uri(stack.service(FrontDoorService.CONTACT_INTAKE_SERVICE, "/api/v1/contacts"))
                .headers(headers -> {
                    if (traceparent != null) {
                        headers.set("traceparent", traceparent);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).body(contact).retrieve().body(JsonNode.class);
        assertThat(created.path("status").asString()).isEqualTo("RECEIVED");
        return created.path("contactId").asString();
    }

    private JsonNode awaitTriaged(String contactId) {
        return await().atMost(TRIAGE_WAIT).until(() -> frontDoor.get()
                .uri(stack.service(FrontDoorService.CONTACT_INTAKE_SERVICE, "/api/v1/contacts/" + contactId))
                .retrieve().body(JsonNode.class), status -> status.path("status").asString().equals("TRIAGED"));
    }

    private List<JsonNode> decisions(String contactId) {
        JsonNode decisions = frontDoor.get().uri(stack.service(FrontDoorService.TRIAGE_SERVICE, "/api/v1/decisions?contactId=" + contactId))
                .retrieve().body(JsonNode.class);
        return decisions.values().stream().toList();
    }

    private JsonNode manage(String decisionId, String body) {
        return teamManager.post().uri(stack.service(FrontDoorService.TRIAGE_SERVICE,
                        "/api/v1/decisions/" + decisionId + "/management-decision"))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JsonNode.class);
    }

    private List<JsonNode> cases(String contactId) {
        JsonNode cases = practitioner.get().uri(stack.service(FrontDoorService.STRATEGY_MEETING_SERVICE,
                "/api/v1/strategy-cases?contactId=" + contactId)).retrieve().body(JsonNode.class);
        return cases.values().stream().toList();
    }

    private void advanceTheClock(String period) {
        http.post().uri(stack.consoleUrl().resolve("/local/clock")).contentType(MediaType.APPLICATION_JSON)
                .body("{\"advanceBy\": \"" + period + "\"}").retrieve().toBodilessEntity();
    }

    private static JsonNode body(WebhookReceiver.Received received) {
        return JsonMapper.shared().readTree(received.body());
    }

    private static String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
