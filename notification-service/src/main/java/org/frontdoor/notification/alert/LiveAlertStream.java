package org.frontdoor.notification.alert;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.micrometer.core.instrument.MeterRegistry;

/** Dashboards connected to the live stream, each with its own filter. */
@Component
public class LiveAlertStream {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    LiveAlertStream(MeterRegistry meters) {
        meters.gaugeCollectionSize("frontdoor.alerts.stream.clients", List.of(), subscribers);
    }

    SseEmitter connect(AlertFilter filter) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(emitter, filter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(failure -> subscribers.remove(subscriber));
        return emitter;
    }

    void publish(Alert alert) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.filter().matches(alert)) {
                try {
                    subscriber.emitter().send(SseEmitter.event().id(alert.alertId()).name("alert").data(alert));
                } catch (IOException | IllegalStateException gone) {
                    // The dashboard went away; it reconnects on its own.
                    subscribers.remove(subscriber);
                }
            }
        }
    }

    private record Subscriber(SseEmitter emitter, AlertFilter filter) {
    }
}
