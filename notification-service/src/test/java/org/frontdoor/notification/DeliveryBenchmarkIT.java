package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not part of the default build. Run it with
 * {@code ./mvnw -q -pl notification-service verify -Dgroups=benchmark -DexcludedGroups= -Dit.test=DeliveryBenchmarkIT}
 * (optionally {@code -Dbenchmark.alerts=2000 -Dbenchmark.paced=300}). Against one webhook
 * subscription on a local receiver it measures
 * <ol>
 * <li>throughput: a burst of alerts written at once, deliveries per second until the last arrives;</li>
 * <li>delay: alerts written one every 50 ms (below capacity, so nothing queues), the time from
 *     the alert event being written to the webhook request arriving, median and p99.</li>
 * </ol>
 */
@Tag("benchmark")
class DeliveryBenchmarkIT extends ServiceIntegrationTest {

    private static final String COMMAND =
            "./mvnw -q -pl notification-service verify -Dgroups=benchmark -DexcludedGroups= -Dit.test=DeliveryBenchmarkIT";

    @Test
    void deliveriesPerSecondAndDelayFromAlertToWebhook() throws Exception {
        int burstSize = Integer.getInteger("benchmark.alerts", 1000);
        int pacedSize = Integer.getInteger("benchmark.paced", 200);
        String team = WebhookDeliveryIT.uniqueTeam();
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            api.webhookSubscription(team, receiver.url(), "benchmark-secret-0123456789");
            run(team, receiver, 50, Duration.ZERO);

            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            List<WebhookReceiver.Received> burst = run(team, receiver, burstSize, Duration.ZERO, sentAt);
            long end = burst.stream().mapToLong(WebhookReceiver.Received::arrivedAtNanos).max().orElseThrow();
            double seconds = (end - start) / 1e9;
            List<Long> burstDelays = delays(burst, sentAt);

            Map<String, Long> pacedSentAt = new ConcurrentHashMap<>();
            List<Long> pacedDelays = delays(run(team, receiver, pacedSize, Duration.ofMillis(50), pacedSentAt), pacedSentAt);

            System.out.printf("%nBENCHMARK notification-service webhook delivery (1 partition, 1 delivery consumer, local receiver,"
                    + " %d cores, load average %.1f)%n", Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("  burst: %d alerts delivered in %.2f s = %.1f deliveries per second"
                    + " (queueing delay median %.0f ms, p99 %.0f ms)%n", burstSize, seconds, burstSize / seconds,
                    millis(percentile(burstDelays, 50)), millis(percentile(burstDelays, 99)));
            System.out.printf("  paced: %d alerts, one per 50 ms: alert event -> webhook request median %.1f ms, p99 %.1f ms%n",
                    pacedSize, millis(percentile(pacedDelays, 50)), millis(percentile(pacedDelays, 99)));
            System.out.printf("  rerun with: %s%n%n", COMMAND);
            assertThat(burst).allMatch(WebhookReceiver.Received::succeeded);
        }
    }

    private List<WebhookReceiver.Received> run(String team, WebhookReceiver receiver, int count, Duration pace) {
        return run(team, receiver, count, pace, new ConcurrentHashMap<>());
    }

    /** Raises {@code count} alerts and returns the requests they caused, once all have arrived. */
    private List<WebhookReceiver.Received> run(String team, WebhookReceiver receiver, int count, Duration pace,
                                               Map<String, Long> sentAt) {
        int before = receiver.received().size();
        List<TimescaleAlert> batch = IntStream.range(0, count)
                .mapToObj(i -> Alerts.strategyCaseAlert(team, ClockType.ICPC, AlertKind.AT_RISK)).toList();
        if (pace.isZero()) {
            alerts.raiseAll(batch, alert -> sentAt.put(alert.getAlertId(), System.nanoTime()));
        } else {
            for (TimescaleAlert alert : batch) {
                sentAt.put(alert.getAlertId(), System.nanoTime());
                alerts.raise(alert);
                sleep(pace);
            }
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> receiver.received().size() >= before + count);
        return receiver.received().subList(before, before + count);
    }

    private static List<Long> delays(List<WebhookReceiver.Received> requests, Map<String, Long> sentAt) {
        List<Long> delays = new ArrayList<>();
        for (WebhookReceiver.Received request : requests) {
            delays.add(request.arrivedAtNanos() - sentAt.get(request.header("X-Frontdoor-Alert-Id")));
        }
        delays.sort(Long::compare);
        return delays;
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
