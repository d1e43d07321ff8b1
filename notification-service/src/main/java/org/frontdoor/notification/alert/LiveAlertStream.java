package org.frontdoor.notification.alert;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Dashboards connected to the live stream, each with its own filter, buffer and writer (see
 * {@link Dashboard}). Alerts are handed over on the Kafka Streams thread, which must never wait
 * for a dashboard: one that stops reading is dropped when its buffer is full, and reconnects
 * with {@code Last-Event-ID} when it can.
 */
@Component
public class LiveAlertStream implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveAlertStream.class);

    private final Set<Dashboard> dashboards = ConcurrentHashMap.newKeySet();
    private final RecentAlerts recentAlerts;
    private final AlertStreamProperties properties;
    private final Counter dropped;
    private final ExecutorService writers;

    LiveAlertStream(MeterRegistry meters, RecentAlerts recentAlerts, TaskScheduler scheduler, AlertStreamProperties properties) {
        this.recentAlerts = recentAlerts;
        this.properties = properties;
        Gauge.builder("frontdoor.alerts.stream.clients", dashboards, Set::size)
                .description("Dashboards connected to the live alert stream").register(meters);
        this.dropped = Counter.builder("frontdoor.alerts.stream.dropped")
                .description("Dashboards dropped from the live alert stream because they stopped reading").register(meters);
        AtomicInteger threads = new AtomicInteger();
        // A writer blocked on a dashboard that stopped reading holds its thread until the write
        // times out; it must not hold a thread another dashboard needs.
        this.writers = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "alert-stream-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::heartbeat, properties.heartbeatEvery());
    }

    /**
     * Connects a dashboard until {@code expiresAt}, when its token expires (null: never). It is
     * registered for live alerts before the missed ones are read back, so an alert raised
     * meanwhile is sent at least once (possibly twice, with the same event id) and never lost.
     */
    SseEmitter connect(AlertFilter filter, String lastEventId, Instant expiresAt) {
        SseEmitter emitter = new SseEmitter(untilExpiry(expiresAt));
        Dashboard dashboard = new Dashboard(emitter, filter, properties.buffer(), writers, dashboards::remove);
        dashboards.add(dashboard);
        emitter.onCompletion(() -> dashboards.remove(dashboard));
        emitter.onError(failure -> dashboards.remove(dashboard));
        emitter.onTimeout(() -> {
            // The token expired: the dashboard must come back with a current one, and a role it still has.
            dashboards.remove(dashboard);
            emitter.complete();
        });
        try {
            if (lastEventId != null && !lastEventId.isBlank()) {
                // This request's own thread, and before the response starts: buffered, not waited for.
                for (Alert alert : recentAlerts.after(lastEventId, filter)) {
                    emitter.send(event(alert));
                }
            } else {
                // An SSE comment makes the servlet commit the response now, so the client knows it is connected.
                emitter.send(SseEmitter.event().comment("connected"));
            }
        } catch (IOException | IllegalStateException hungUp) {
            dashboards.remove(dashboard);
        }
        dashboard.goLive();
        return emitter;
    }

    /** Called on the Kafka Streams thread: never waits for a dashboard. */
    void publish(Alert alert) {
        for (Dashboard dashboard : dashboards) {
            if (dashboard.wants(alert)) {
                offer(dashboard, event(alert));
            }
        }
    }

    /**
     * A comment to every dashboard now and then: proxies keep the idle connection open, and a
     * dashboard that went away is noticed (and no longer counted) without waiting for an alert.
     */
    private void heartbeat() {
        dashboards.forEach(dashboard -> offer(dashboard, SseEmitter.event().comment("heartbeat")));
    }

    private void offer(Dashboard dashboard, SseEmitter.SseEventBuilder event) {
        if (!dashboard.offer(event) && dashboards.remove(dashboard)) {
            dropped.increment();
            log.info("A dashboard stopped reading the alert stream and was dropped");
            dashboard.close();
        }
    }

    private static SseEmitter.SseEventBuilder event(Alert alert) {
        return SseEmitter.event().id(alert.alertId()).name("alert").data(alert);
    }

    /** Real time, not the service's clock: tokens expire by the identity provider's clock, and the local stack moves the service's. */
    private static long untilExpiry(Instant expiresAt) {
        // 0 is the servlet container's "no time limit".
        return expiresAt == null ? 0L : Math.max(1L, Duration.between(Instant.now(), expiresAt).toMillis());
    }

    @Override
    public void destroy() {
        writers.shutdownNow();
    }
}
