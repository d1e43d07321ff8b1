package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.security.FrontDoorRole;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Decision 0010 for this service: every endpoint against every kind of caller, and managers
 * seeing only their own subscriptions and deliveries.
 */
class AccessControlIT extends ServiceIntegrationTest {

    /** Who calls: each role with a valid token, no token, and the three kinds of bad token. */
    enum Credential {
        FRONT_DOOR, MANAGER, PRACTITIONER, PARTNER, MONITORING, NO_TOKEN, EXPIRED, WRONG_ISSUER, FORGED_SIGNATURE;

        /** The token; a bad one otherwise carries the role the endpoint grants, so only its defect refuses it. */
        String token(FrontDoorRole granted) {
            return switch (this) {
                case FRONT_DOOR -> TestTokens.frontDoor();
                case MANAGER -> TestTokens.manager();
                case PRACTITIONER -> TestTokens.practitioner();
                case PARTNER -> TestTokens.partner("POLICE");
                case MONITORING -> TestTokens.monitoring();
                case NO_TOKEN -> null;
                case EXPIRED -> TestTokens.expired(granted);
                case WRONG_ISSUER -> TestTokens.fromWrongIssuer(granted);
                case FORGED_SIGNATURE -> TestTokens.forgedSignature(granted);
            };
        }

        boolean badToken() {
            return this == EXPIRED || this == WRONG_ISSUER || this == FORGED_SIGNATURE;
        }

        FrontDoorRole role() {
            return Arrays.stream(FrontDoorRole.values()).filter(role -> role.name().equals(name())).findFirst().orElse(null);
        }
    }

    /** Every endpoint, what it answers the caller it grants, and whom it grants (null: open to all). */
    enum Endpoint {
        SUBSCRIBE("POST /api/v1/subscriptions", 201, FrontDoorRole.MANAGER),
        LIST_SUBSCRIPTIONS("GET /api/v1/subscriptions", 200, FrontDoorRole.MANAGER),
        READ_SUBSCRIPTION("GET /api/v1/subscriptions/{id}", 200, FrontDoorRole.MANAGER),
        DELETE_SUBSCRIPTION("DELETE /api/v1/subscriptions/{id}", 204, FrontDoorRole.MANAGER),
        LIST_DELIVERIES("GET /api/v1/deliveries?subscriptionId={id}", 200, FrontDoorRole.MANAGER),
        ALERT_STREAM("GET /api/v1/alerts/stream", 200, FrontDoorRole.MANAGER),
        PROMETHEUS("GET /actuator/prometheus", 200, FrontDoorRole.MONITORING),
        HEALTH("GET /actuator/health", 200, null);

        private final String request;
        private final int granted;
        private final FrontDoorRole role;

        Endpoint(String request, int granted, FrontDoorRole role) {
            this.request = request;
            this.granted = granted;
            this.role = role;
        }

        /**
         * 401 for a bad token anywhere (a presented credential is checked even where none is
         * needed) and for no token where one is needed; 403 for a role the endpoint does not grant.
         */
        int expectedFor(Credential credential) {
            if (credential.badToken()) {
                return 401;
            }
            if (role == null) {
                return granted;
            }
            if (credential == Credential.NO_TOKEN) {
                return 401;
            }
            return credential.role() == role ? granted : 403;
        }

        int call(NotificationApi caller, String subscriptionId) {
            String path = request.substring(request.indexOf(' ') + 1).replace("{id}", String.valueOf(subscriptionId));
            return switch (request.substring(0, request.indexOf(' '))) {
                case "POST" -> caller.post(path, emailSubscription(WebhookDeliveryIT.uniqueTeam())).status();
                case "DELETE" -> caller.delete(path).status();
                default -> this == ALERT_STREAM ? caller.streamStatus(path + "?teams=" + WebhookDeliveryIT.uniqueTeam())
                        : caller.get(path).status();
            };
        }

        boolean needsSubscription() {
            return request.contains("{id}");
        }

        @Override
        public String toString() {
            return request;
        }
    }

    static Stream<Arguments> everyEndpointByEveryCaller() {
        return Arrays.stream(Endpoint.values()).flatMap(endpoint -> Arrays.stream(Credential.values())
                .map(credential -> Arguments.of(endpoint, credential, endpoint.expectedFor(credential))));
    }

    @ParameterizedTest(name = "{0} by {1} is {2}")
    @MethodSource("everyEndpointByEveryCaller")
    void everyEndpointAnswersEveryCallerAsDecision0010Says(Endpoint endpoint, Credential credential, int expected) {
        // The subscription belongs to the MANAGER credential's subject, so a manager's call is on their own.
        String subscriptionId = endpoint.needsSubscription() ? api.subscribe(emailSubscription(WebhookDeliveryIT.uniqueTeam())) : null;

        int status = endpoint.call(api.as(credential.token(endpoint.role == null ? FrontDoorRole.MANAGER : endpoint.role)),
                subscriptionId);

        assertThat(status).isEqualTo(expected);
    }

    @Test
    void aManagerListsOnlyTheSubscriptionsTheyMade() {
        NotificationApi managerA = api.as(manager("a"));
        NotificationApi managerB = api.as(manager("b"));
        String ofA = managerA.subscribe(emailSubscription(WebhookDeliveryIT.uniqueTeam()));
        String ofB = managerB.subscribe(emailSubscription(WebhookDeliveryIT.uniqueTeam()));

        assertThat(idsIn(managerA.get("/api/v1/subscriptions").json())).containsExactly(ofA);
        assertThat(idsIn(managerB.get("/api/v1/subscriptions").json())).containsExactly(ofB);
    }

    @Test
    void anotherManagersSubscriptionCannotBeReadOrDeletedAndLooksExactlyLikeAnUnknownOne() {
        NotificationApi owner = api.as(manager("owner"));
        NotificationApi other = api.as(manager("other"));
        String subscriptionId = owner.subscribe(emailSubscription(WebhookDeliveryIT.uniqueTeam()));
        String unknownId = UUID.randomUUID().toString();

        NotificationApi.Response read = other.get("/api/v1/subscriptions/" + subscriptionId);
        NotificationApi.Response deleted = other.delete("/api/v1/subscriptions/" + subscriptionId);

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(withoutInstance(read.json())).isEqualTo(withoutInstance(other.get("/api/v1/subscriptions/" + unknownId).json()));
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(withoutInstance(deleted.json())).isEqualTo(withoutInstance(other.delete("/api/v1/subscriptions/" + unknownId).json()));
        assertThat(owner.get("/api/v1/subscriptions/" + subscriptionId).status()).isEqualTo(200);
        assertThat(owner.delete("/api/v1/subscriptions/" + subscriptionId).status()).isEqualTo(204);
    }

    @Test
    void anotherManagersDeliveriesAreNotFoundWhileTheOwnerSeesThem() throws Exception {
        NotificationApi owner = api.as(manager("owner"));
        NotificationApi other = api.as(manager("other"));
        String team = WebhookDeliveryIT.uniqueTeam();
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String subscriptionId = owner.webhookSubscription(team, receiver.url(), "ownership-secret-0123456789");
            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.BREACHED));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode delivery = owner.onlyDelivery(subscriptionId);
                assertThat(delivery).isNotNull();
                assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
            });

            NotificationApi.Response theirs = other.get("/api/v1/deliveries?subscriptionId=" + subscriptionId);

            assertThat(theirs.status()).isEqualTo(404);
            assertThat(theirs.contentType()).startsWith("application/problem+json");
            assertThat(theirs.body()).doesNotContain(team, "DELIVERED");
        }
    }

    @Test
    void theDeliveriesOfAnUnknownOrDeletedSubscriptionAreNotFound() {
        String subscriptionId = api.subscribe(emailSubscription(WebhookDeliveryIT.uniqueTeam()));
        assertThat(api.delete("/api/v1/subscriptions/" + subscriptionId).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/deliveries?subscriptionId=" + subscriptionId).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deliveries?subscriptionId=" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private static String manager(String name) {
        return TestTokens.withRoles("manager-" + name + "-" + UUID.randomUUID(), List.of(FrontDoorRole.MANAGER.name()), null);
    }

    private static String emailSubscription(String team) {
        return """
                {"teams": ["%s"], "channel": {"type": "EMAIL", "address": "manager@example.org"}}""".formatted(team);
    }

    private static List<String> idsIn(JsonNode subscriptions) {
        return subscriptions.valueStream().map(subscription -> subscription.get("subscriptionId").asString()).toList();
    }

    /** What a problem says, leaving out {@code instance}, which only repeats the path asked for. */
    private static List<String> withoutInstance(JsonNode problem) {
        return Stream.of("type", "title", "status", "detail").map(field -> String.valueOf(problem.get(field))).toList();
    }
}
