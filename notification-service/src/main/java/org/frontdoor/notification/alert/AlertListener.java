package org.frontdoor.notification.alert;

import org.frontdoor.events.TimescaleAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/** Every alert raised by the triage and strategy-meeting services reaches the live stream. */
@Component
class AlertListener {

    private static final Logger log = LoggerFactory.getLogger(AlertListener.class);

    private final LiveAlertStream stream;
    private final MeterRegistry meters;

    AlertListener(LiveAlertStream stream, MeterRegistry meters) {
        this.stream = stream;
        this.meters = meters;
    }

    @KafkaListener(id = "alerts", containerFactory = "alertListenerFactory",
            topics = {"#{T(org.frontdoor.events.catalogue.Topics).CONTACT_DECISION_ALERTS.name()}",
                      "#{T(org.frontdoor.events.catalogue.Topics).STRATEGY_CASE_ALERTS.name()}"})
    void on(TimescaleAlert event) {
        Alert alert = Alert.of(event);
        log.info("Alert {} {} {} for team {}", alert.alertId(), alert.kind(), alert.clock(), alert.team());
        meters.counter("frontdoor.alerts.received", "kind", alert.kind(), "clock", alert.clock()).increment();
        stream.publish(alert);
    }
}
