package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

/** One manager may hold only so many subscriptions (3 here, 20 as shipped). */
class SubscriptionLimitIT extends ConstrainedServiceIntegrationTest {

    @Test
    void aManagerAtTheLimitIsRefusedAnotherSubscriptionUntilDeletingOne() {
        NotificationApi manager = api.as(TestTokens.withRoles("limited-" + UUID.randomUUID(), List.of("MANAGER"), null));
        String team = WebhookDeliveryIT.uniqueTeam();
        String first = manager.emailSubscription(team, "first@example.org");
        manager.emailSubscription(team, "second@example.org");
        NotificationApi.Response third = manager.post("/api/v1/subscriptions", email(team, "third@example.org"), "third");

        NotificationApi.Response fourth = manager.post("/api/v1/subscriptions", email(team, "fourth@example.org"));
        NotificationApi.Response thirdAgain = manager.post("/api/v1/subscriptions", email(team, "third@example.org"), "third");
        NotificationApi.Response othersFirst = api.as(TestTokens.withRoles("unlimited-" + UUID.randomUUID(), List.of("MANAGER"), null))
                .post("/api/v1/subscriptions", email(team, "other@example.org"));

        assertThat(third.status()).isEqualTo(201);
        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat(fourth.json().get("detail").asString()).isEqualTo("A manager may hold at most 3 subscriptions; delete one first");
        // A retry of a request that was carried out is still answered as it was.
        assertThat(thirdAgain.status()).isEqualTo(201);
        assertThat(thirdAgain.json()).isEqualTo(third.json());
        assertThat(othersFirst.status()).isEqualTo(201);

        assertThat(manager.delete("/api/v1/subscriptions/" + first).status()).isEqualTo(204);
        assertThat(manager.post("/api/v1/subscriptions", email(team, "fourth@example.org")).status()).isEqualTo(201);
    }

    private static String email(String team, String address) {
        return """
                {"teams": ["%s"], "channel": {"type": "EMAIL", "address": "%s"}}""".formatted(team, address);
    }
}
