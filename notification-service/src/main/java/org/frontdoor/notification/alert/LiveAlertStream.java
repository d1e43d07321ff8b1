package org.frontdoor.notification.alert;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Dashboards connected to the live stream, each with its own filter. */
@Component
public class LiveAlertStream {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final RecentAlerts recentAlerts;

    LiveAlertStream(MeterRegistry meters, RecentAlerts recentAlerts, TaskScheduler scheduler, AlertStreamProperties properties) {
        this.recentAlerts = recentAlerts;
        Gauge.builder("frontdoor.alerts.stream.clients", subscribers, Set::size)
                .description("Dashboards connected to the live alert stream").register(meters);
        scheduler.scheduleWithFixedDelay(this::heartbeat, properties.heartbeatEvery());
    }

    /**
     * Connects a dashboard. It is registered for live alerts before the missed ones are read
     * back, so an alert raised meanwhile is sent at least once (possibly twice, with the same
     * event id) and never lost.
     */
    SseEmitter connect(AlertFilter filter, String lastEventId) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(emitter, filter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(failure -> subscribers.remove(subscriber));
        if (lastEventId != null && !lastEventId.isBlank()) {
            recentAlerts.after(lastEventId, filter).forEach(alert -> send(subscriber, alert));
        } else {
            // An SSE comment makes the servlet commit the response now, so the client knows it is connected.
            sendComment(subscriber, "connected");
        }
        return emitter;
    }

    void publish(Alert alert) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.filter().matches(alert)) {
                send(subscriber, alert);
            }
        }
    }

    private void send(Subscriber subscriber, Alert alert) {
        try {
            subscriber.emitter().send(SseEmitter.event().id(alert.alertId()).name("alert").data(alert));
        } catch (IOException | IllegalStateException gone) {
            // The dashboard went away; it reconnects on its own, with Last-Event-ID.
            subscribers.remove(subscriber);
        }
    }

    /**
     * A comment to every dashboard now and then: proxies keep the idle connection open, and a
     * dashboard that went away is noticed (and no longer counted) without waiting for an alert.
     */
    private void heartbeat() {
        subscribers.forEach(subscriber -> sendComment(subscriber, "heartbeat"));
    }

    private void sendComment(Subscriber subscriber, String comment) {
        try {
            subscriber.emitter().send(SseEmitter.event().comment(comment));
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
        }
    }

    private record Subscriber(SseEmitter emitter, AlertFilter filter) {
    }
}
