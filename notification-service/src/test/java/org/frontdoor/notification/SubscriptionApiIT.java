package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

class SubscriptionApiIT extends ServiceIntegrationTest {

    private static final String SECRET = "never-shown-back-0123456789";

    @Test
    void aSubscriptionIsListedAndReadWithoutItsSecretAndDeletedOnRequest() {
        String team = WebhookDeliveryIT.uniqueTeam();
        NotificationApi.Response created = api.post("/api/v1/subscriptions", """
                {"teams": ["%s"], "clocks": ["ICPC"], "kinds": ["AT_RISK", "BREACHED"],
                 "channel": {"type": "WEBHOOK", "url": "https://alerts.example.org/hook", "secret": "%s"}}""".formatted(team, SECRET));
        assertThat(created.status()).isEqualTo(201);
        String subscriptionId = created.json().get("subscriptionId").asString();

        NotificationApi.Response listed = api.get("/api/v1/subscriptions");
        assertThat(listed.body()).doesNotContain(SECRET).doesNotContain("secret");
        JsonNode subscription = find(listed.json(), subscriptionId);
        assertThat(subscription).isNotNull();
        assertThat(subscription.get("teams").get(0).asString()).isEqualTo(team);
        assertThat(subscription.get("clocks").get(0).asString()).isEqualTo("ICPC");
        assertThat(subscription.get("channel").get("type").asString()).isEqualTo("WEBHOOK");
        assertThat(subscription.get("channel").get("url").asString()).isEqualTo("https://alerts.example.org/hook");
        NotificationApi.Response read = api.get("/api/v1/subscriptions/" + subscriptionId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(SECRET).doesNotContain("secret");
        assertThat(read.json()).isEqualTo(subscription);

        assertThat(api.delete("/api/v1/subscriptions/" + subscriptionId).status()).isEqualTo(204);
        assertThat(find(api.get("/api/v1/subscriptions").json(), subscriptionId)).isNull();
        NotificationApi.Response again = api.delete("/api/v1/subscriptions/" + subscriptionId);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/subscriptions/" + subscriptionId).status()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredAsTheFirstWasAndCreatesNothingNew() {
        String team = WebhookDeliveryIT.uniqueTeam();
        String key = "retry-" + UUID.randomUUID();
        String body = """
                {"teams": ["%s"], "channel": {"type": "EMAIL", "address": "retry@example.org"}}""".formatted(team);
        // The same request, its fields in another order.
        String sameAgain = """
                {"channel": {"address": "retry@example.org", "type": "EMAIL"}, "teams": ["%s"], "kinds": []}""".formatted(team);

        NotificationApi.Response first = api.post("/api/v1/subscriptions", body, key);
        NotificationApi.Response retry = api.post("/api/v1/subscriptions", sameAgain, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(api.get("/api/v1/subscriptions").json().valueStream()
                .filter(subscription -> subscription.get("teams").toString().contains(team))).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyWithADifferentRequestIsAConflict() {
        String key = "conflict-" + UUID.randomUUID();
        api.post("/api/v1/subscriptions", """
                {"channel": {"type": "EMAIL", "address": "first@example.org"}}""", key);

        NotificationApi.Response other = api.post("/api/v1/subscriptions", """
                {"channel": {"type": "EMAIL", "address": "other@example.org"}}""", key);

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body()).doesNotContain("other@example.org");
    }

    @Test
    void anIdempotencyKeyIsTheManagersOwn() {
        String key = "shared-" + UUID.randomUUID();
        String body = """
                {"channel": {"type": "EMAIL", "address": "own@example.org"}}""";
        NotificationApi anotherManager = api.as(TestTokens.withRoles("another-manager", List.of("MANAGER"), null));

        NotificationApi.Response mine = api.post("/api/v1/subscriptions", body, key);
        NotificationApi.Response theirs = anotherManager.post("/api/v1/subscriptions", body, key);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("subscriptionId")).isNotEqualTo(mine.json().get("subscriptionId"));
    }

    @Test
    void anUnusableIdempotencyKeyIsAProblemNamingTheHeader() {
        NotificationApi.Response response = api.post("/api/v1/subscriptions", """
                {"channel": {"type": "EMAIL", "address": "key@example.org"}}""", "k".repeat(101));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @ParameterizedTest(name = "{0} is rejected naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"channel\": {\"type\": \"WEBHOOK\", \"url\": \"ftp://alerts.example.org/hook\", \"secret\": \"" + SECRET + "\"}} | channel.url",
            "{\"channel\": {\"type\": \"WEBHOOK\", \"url\": \"https://alerts.example.org/hook\", \"secret\": \"short-secret\"}} | channel.secret",
            "{\"channel\": {\"type\": \"EMAIL\", \"address\": \"not-an-address\"}} | channel.address",
            "{\"clocks\": [\"BEDTIME\"], \"channel\": {\"type\": \"EMAIL\", \"address\": \"m@example.org\"}} | clocks[0]",
            "{\"kinds\": [\"MAYBE\"], \"channel\": {\"type\": \"EMAIL\", \"address\": \"m@example.org\"}} | kinds[0]",
            "{\"colour\": \"red\", \"channel\": {\"type\": \"EMAIL\", \"address\": \"m@example.org\"}} | colour",
            "{\"channel\": {\"type\": \"PIGEON\", \"address\": \"m@example.org\"}} | channel",
            "{\"teams\": [\"front-door\"]} | channel"})
    void anInvalidSubscriptionIsAProblemNamingTheField(String body, String field) {
        NotificationApi.Response response = api.post("/api/v1/subscriptions", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain(SECRET);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).isNotNull();
        assertThat(errors.valueStream().map(error -> error.get("field").asString())).contains(field);
    }

    @Test
    void aSubscriptionStoredBeforeSubscriptionsHadOwnersIsStillDeliveredButNoManagerSeesIt() throws Exception {
        String team = WebhookDeliveryIT.uniqueTeam();
        String subscriptionId = "legacy-" + UUID.randomUUID();
        try (WebhookReceiver receiver = WebhookReceiver.answering();
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                     broker.getBrokersAsString()), new StringSerializer(), new StringSerializer())) {
            // Exactly what the service wrote before subscriptions had owners.
            producer.send(new ProducerRecord<>(NotificationTopics.SUBSCRIPTIONS, subscriptionId, """
                    {"subscriptionId":"%s","filter":{"teams":["%s"],"clocks":[],"kinds":[]},
                     "channel":{"type":"WEBHOOK","url":"%s","secret":"%s"},"createdAt":"2026-10-01T09:00:00Z"}"""
                    .formatted(subscriptionId, team, receiver.url(), SECRET))).get();

            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.successes() == 1);
            assertThat(find(api.get("/api/v1/subscriptions").json(), subscriptionId)).isNull();
            assertThat(api.get("/api/v1/subscriptions/" + subscriptionId).status()).isEqualTo(404);
            assertThat(api.delete("/api/v1/subscriptions/" + subscriptionId).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/deliveries?subscriptionId=" + subscriptionId).status()).isEqualTo(404);
        }
    }

    @Test
    void theServicePublishesItsOpenApiDescription() {
        NotificationApi.Response description = api.get("/v3/api-docs");

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().get("paths").propertyNames())
                .contains("/api/v1/subscriptions", "/api/v1/subscriptions/{subscriptionId}", "/api/v1/deliveries", "/api/v1/alerts/stream");
        // The caller comes from the bearer token, never from a parameter a client could set.
        assertThat(description.body()).doesNotContain("\"authentication\"", "\"manager\"");
    }

    private static JsonNode find(JsonNode subscriptions, String subscriptionId) {
        return subscriptions.valueStream().filter(node -> node.get("subscriptionId").asString().equals(subscriptionId))
                .findFirst().orElse(null);
    }
}
