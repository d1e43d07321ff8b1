package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.junit.jupiter.api.Test;

/** A webhook delivery continues the trace of the alert it delivers (decision 0011). */
class WebhookTracingIT extends ServiceIntegrationTest {

    private static final String SECRET = "a-secret-of-at-least-16-chars";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** W3C trace context: version, 32 hex digits of trace id, 16 of parent span id, flags. */
    private static final String TRACEPARENT = "^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$";

    @Test
    void anAlertRaisedInATraceReachesTheWebhookWithATraceparentOfTheSameTrace() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String team = WebhookDeliveryIT.uniqueTeam();
            api.webhookSubscription(team, receiver.url(), SECRET);
            String traceId = newTraceId();

            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.AT_RISK),
                    "00-" + traceId + "-00f067aa0ba902b7-01");

            await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
            String traceparent = receiver.received().get(0).header("traceparent");
            assertThat(traceparent).matches(TRACEPARENT);
            assertThat(traceIdOf(traceparent)).isEqualTo(traceId);
        }
    }

    @Test
    void everyAttemptAfterAFailureStaysInTheAlertsTrace() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(503)) {
            String team = WebhookDeliveryIT.uniqueTeam();
            api.webhookSubscription(team, receiver.url(), SECRET);
            String traceId = newTraceId();

            alerts.raise(Alerts.strategyCaseAlert(team, ClockType.STRATEGY_MEETING, AlertKind.BREACHED),
                    "00-" + traceId + "-00f067aa0ba902b7-01");

            await().atMost(PATIENCE).until(() -> receiver.successes() == 1);
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::answeredWith).containsExactly(503, 200);
            assertThat(receiver.received()).allSatisfy(attempt ->
                    assertThat(traceIdOf(attempt.header("traceparent"))).isEqualTo(traceId));
        }
    }

    @Test
    void anAlertRaisedOutsideAnyTraceIsStillDeliveredInATraceOfItsOwn() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String team = WebhookDeliveryIT.uniqueTeam();
            api.webhookSubscription(team, receiver.url(), SECRET);

            alerts.raise(Alerts.contactDecisionAlert(team, AlertKind.BREACHED));

            await().atMost(PATIENCE).until(() -> receiver.received().size() == 1);
            assertThat(receiver.received().get(0).header("traceparent")).matches(TRACEPARENT);
        }
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String traceIdOf(String traceparent) {
        assertThat(traceparent).as("traceparent").isNotNull();
        return traceparent.split("-")[1];
    }
}
