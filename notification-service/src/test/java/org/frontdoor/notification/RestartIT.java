package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import tools.jackson.databind.JsonNode;

/**
 * Stops and starts the service for real: each test runs it twice, one after the other, against
 * its own broker (so no other test's service consumes the same topics) and the same state
 * directory, as a restarted process would.
 */
@EmbeddedKafka(partitions = 1, brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class RestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SECRET = "restart-secret-0123456789";

    @Test
    void subscriptionsSurviveARestartStillOwnedByTheManagerWhoMadeThem(EmbeddedKafkaBroker broker) throws Exception {
        Path state = Files.createTempDirectory("notification-restart-");
        String team = WebhookDeliveryIT.uniqueTeam();
        String subscriptionId;
        try (ConfigurableApplicationContext first = start(broker, state)) {
            subscriptionId = api(first).webhookSubscription(team, "https://alerts.example.org/hook", SECRET);
        }

        try (ConfigurableApplicationContext second = start(broker, state)) {
            NotificationApi owner = api(second);
            JsonNode listed = owner.get("/api/v1/subscriptions").json();
            assertThat(listed.valueStream().map(subscription -> subscription.get("subscriptionId").asString()))
                    .contains(subscriptionId);
            NotificationApi anotherManager = owner.as(TestTokens.withRoles("another-manager", List.of("MANAGER"), null));
            assertThat(anotherManager.get("/api/v1/subscriptions/" + subscriptionId).status()).isEqualTo(404);
            assertThat(anotherManager.get("/api/v1/subscriptions").json().valueStream()
                    .map(subscription -> subscription.get("subscriptionId").asString())).doesNotContain(subscriptionId);
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAfterARestartIsAnsweredAsTheFirstWas(EmbeddedKafkaBroker broker) throws Exception {
        String body = """
                {"teams": ["%s"], "channel": {"type": "EMAIL", "address": "restart@example.org"}}""".formatted(WebhookDeliveryIT.uniqueTeam());
        NotificationApi.Response first;
        try (ConfigurableApplicationContext before = start(broker, Files.createTempDirectory("notification-restart-"))) {
            first = api(before).post("/api/v1/subscriptions", body, "restart-key");
        }

        // A new state directory: what the service knows after the restart comes from Kafka alone.
        try (ConfigurableApplicationContext after = start(broker, Files.createTempDirectory("notification-restart-"))) {
            NotificationApi api = api(after);
            NotificationApi.Response retry = api.post("/api/v1/subscriptions", body, "restart-key");

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.json()).isEqualTo(first.json());
            assertThat(api.get("/api/v1/subscriptions").json().valueStream()
                    .filter(subscription -> subscription.get("channel").toString().contains("restart@example.org"))).hasSize(1);
        }
    }

    @Test
    void aDeliveryRetryingWhenTheServiceStopsReachesTheReceiverExactlyOnceAfterTheRestart(EmbeddedKafkaBroker broker)
            throws Exception {
        Path state = Files.createTempDirectory("notification-restart-");
        String team = WebhookDeliveryIT.uniqueTeam();
        try (WebhookReceiver receiver = WebhookReceiver.answering(500);
             Alerts alerts = new Alerts(broker.getBrokersAsString())) {
            String subscriptionId;
            try (ConfigurableApplicationContext first = start(broker, state)) {
                NotificationApi api = api(first);
                subscriptionId = api.webhookSubscription(team, receiver.url(), SECRET);
                alerts.raise(Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED));
                await().atMost(PATIENCE).untilAsserted(() -> {
                    JsonNode delivery = api.onlyDelivery(subscriptionId);
                    assertThat(delivery).isNotNull();
                    assertThat(delivery.get("status").asString()).isEqualTo("RETRYING");
                });
            }

            try (ConfigurableApplicationContext second = start(broker, state)) {
                NotificationApi api = api(second);
                await().atMost(PATIENCE).untilAsserted(() -> {
                    JsonNode delivery = api.onlyDelivery(subscriptionId);
                    assertThat(delivery).isNotNull();
                    assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
                    assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
                });
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 2);
                assertThat(receiver.successes()).isEqualTo(1);
            }
        }
    }

    /**
     * The retry waits 3 s on its retry topic: long enough to stop the service while it is
     * RETRYING. The service trusts the test tokens and may call the test receiver at 127.0.0.1.
     */
    private static ConfigurableApplicationContext start(EmbeddedKafkaBroker broker, Path stateDirectory) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.kafka.streams.state-dir=" + stateDirectory,
                "--spring.kafka.streams.properties.commit.interval.ms=100",
                "--frontdoor.topics.partitions=1",
                "--frontdoor.notifications.delivery.max-attempts=3",
                "--frontdoor.notifications.delivery.initial-delay=PT3S",
                "--frontdoor.notifications.delivery.concurrency=1",
                "--frontdoor.notifications.webhook.allowed-hosts=127.0.0.1,*.example.org",
                "--frontdoor.notifications.webhook.require-https=false",
                "--frontdoor.security.rate-limit.burst=100000",
                "--frontdoor.security.rate-limit.requests-per-second=100000"));
        TestTokens.resourceServerProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(NotificationApplication.class).run(arguments.toArray(String[]::new));
    }

    /** The API once the service reports itself ready, as a launcher would wait for it. */
    private static NotificationApi api(ConfigurableApplicationContext context) {
        NotificationApi api = new NotificationApi(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")),
                TestTokens.manager());
        await().atMost(PATIENCE).until(() -> api.get("/actuator/health/readiness").status() == 200);
        return api;
    }
}
