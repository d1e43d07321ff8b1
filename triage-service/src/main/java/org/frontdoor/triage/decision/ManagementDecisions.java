package org.frontdoor.triage.decision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.Route;
import org.frontdoor.events.catalogue.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records managers' decisions. One decision can be managed once: a second attempt is refused,
 * also while the first is still on its way into the store (the in-flight set bridges those
 * milliseconds within this instance).
 */
@Service
class ManagementDecisions {

    private static final Logger log = LoggerFactory.getLogger(ManagementDecisions.class);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration IN_FLIGHT_WINDOW = Duration.ofMinutes(1);

    private final DecisionQueries decisions;
    private final KafkaTemplate<String, ManagementDecisionRecorded> kafka;
    private final Clock clock;
    private final MeterRegistry meters;
    /** Two managers deciding the same decision at once are serialised; a fixed set of locks keeps memory flat. */
    private final Object[] locks = IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();
    /** Decisions managed in the last moments, by when: the store shows them within milliseconds. */
    private final Map<String, Instant> inFlight = new ConcurrentHashMap<>();

    ManagementDecisions(DecisionQueries decisions, KafkaTemplate<String, ManagementDecisionRecorded> kafka, Clock clock,
                        MeterRegistry meters) {
        this.decisions = decisions;
        this.kafka = kafka;
        this.clock = clock;
        this.meters = meters;
    }

    /** @param manager who decides: the subject of their token, recorded with the decision */
    DecisionView record(String decisionId, ManagementDecisionRequest request, String manager) {
        synchronized (locks[Math.floorMod(decisionId.hashCode(), locks.length)]) {
            Instant now = clock.instant();
            inFlight.values().removeIf(recorded -> recorded.isBefore(now.minus(IN_FLIGHT_WINDOW)));
            DecisionView decision = decisions.byId(decisionId).orElseThrow(DecisionNotFoundException::new);
            if (decision.managementDecision() != null || inFlight.containsKey(decisionId)) {
                throw new AlreadyManagedException();
            }
            ManagementDecisionRecorded event = event(decision, request, manager);
            publish(event);
            inFlight.put(decisionId, now);
            Counter.builder("frontdoor.management.decisions").description("Managers' decisions recorded, by outcome")
                    .tag("outcome", event.getOutcome().name()).register(meters).increment();
            log.info("Management decision {} recorded for decision {}", event.getOutcome(), decisionId);
            return decision.withManagement(DecisionView.ManagementDecisionView.of(event));
        }
    }

    private ManagementDecisionRecorded event(DecisionView decision, ManagementDecisionRequest request, String manager) {
        Route triaged = Route.valueOf(decision.route());
        Route standing = switch (request.outcome()) {
            case CONFIRMED -> {
                if (request.route() != null && request.route() != triaged) {
                    throw new InvalidManagementDecisionException("route", "a confirmation keeps the triaged route; override to change it");
                }
                yield triaged;
            }
            case OVERRIDDEN -> {
                if (request.route() == null) {
                    throw new InvalidManagementDecisionException("route", "an override needs the route that replaces the triaged one");
                }
                if (request.route() == triaged) {
                    throw new InvalidManagementDecisionException("route", "an override must change the route; confirm to keep it");
                }
                if (request.reason() == null || request.reason().isBlank()) {
                    throw new InvalidManagementDecisionException("reason", "an override needs a reason");
                }
                yield request.route();
            }
        };
        return ManagementDecisionRecorded.newBuilder()
                .setDecisionId(decision.decisionId()).setContactId(decision.contactId()).setChildRef(decision.childRef())
                .setOutcome(request.outcome()).setTriagedRoute(triaged).setRoute(standing)
                .setReason(request.reason() == null || request.reason().isBlank() ? null : request.reason().strip())
                .setRecordedBy(manager).setRecordedAt(clock.instant()).build();
    }

    private void publish(ManagementDecisionRecorded event) {
        try {
            kafka.send(Topics.MANAGEMENT_DECISIONS.name(), event.getChildRef(), event)
                    .get(PUBLISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException(e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new KafkaUnavailableException(e);
        }
    }

    static final class DecisionNotFoundException extends RuntimeException {
        DecisionNotFoundException() {
            super("No decision has that id");
        }
    }

    static final class AlreadyManagedException extends RuntimeException {
        AlreadyManagedException() {
            super("A manager has already confirmed or overridden this decision");
        }
    }

    static final class KafkaUnavailableException extends RuntimeException {
        KafkaUnavailableException(Throwable cause) {
            super("The decision could not be recorded; try again shortly", cause);
        }
    }

    static final class InvalidManagementDecisionException extends RuntimeException {
        private final String field;

        InvalidManagementDecisionException(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
