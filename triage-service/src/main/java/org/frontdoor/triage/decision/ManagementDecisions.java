package org.frontdoor.triage.decision;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.frontdoor.events.ManagementOutcome;
import org.frontdoor.events.Route;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Records managers' decisions, each exactly once (decision 0014). A request is checked here, then
 * sent to the processor that owns the decision, which alone records it; this thread waits for its
 * answer. A request whose answer was lost (a timeout, a dropped connection) can be sent again: the
 * same Idempotency-Key, or without one the same manager's same decision, is answered as the first
 * was and records nothing new.
 */
@Service
class ManagementDecisions {

    private static final Duration POLL = Duration.ofMillis(20);

    private final DecisionQueries decisions;
    private final KafkaTemplate<String, RequestedManagementDecision> kafka;
    private final ManagementDecisionProperties properties;
    private final Clock clock;

    ManagementDecisions(DecisionQueries decisions, KafkaTemplate<String, RequestedManagementDecision> kafka,
                        ManagementDecisionProperties properties, Clock clock) {
        this.decisions = decisions;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param manager who decides: the subject of their token, recorded with the decision */
    DecisionView record(String decisionId, ManagementDecisionRequest request, String manager, Optional<IdempotencyKey> key) {
        DecisionView decision = decisions.byId(decisionId).orElseThrow(DecisionNotFoundException::new);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        RequestedManagementDecision requested = RequestedManagementDecision.of(decision, request.outcome(),
                standingRoute(decision, request), reason, manager, key, clock.instant());
        Optional<AnsweredRequest> earlier = decisions.answered(requested.requestKey());
        if (earlier.isPresent()) {
            return answer(requested, earlier.get());
        }
        if (decision.managementDecision() != null) {
            // Nothing to send: the processor would refuse it, or find it is this manager's retry.
            if (requested.sameAs(decision.managementDecision())) {
                return decision;
            }
            throw new AlreadyManagedException();
        }
        return answer(requested, awaitAnswer(requested, send(requested)));
    }

    private static Route standingRoute(DecisionView decision, ManagementDecisionRequest request) {
        Route triaged = Route.valueOf(decision.route());
        if (request.outcome() == ManagementOutcome.CONFIRMED) {
            if (request.route() != null && request.route() != triaged) {
                throw new InvalidManagementDecisionException("route", "a confirmation keeps the triaged route; override to change it");
            }
            return triaged;
        }
        if (request.route() == null) {
            throw new InvalidManagementDecisionException("route", "an override needs the route that replaces the triaged one");
        }
        if (request.route() == triaged) {
            throw new InvalidManagementDecisionException("route", "an override must change the route; confirm to keep it");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InvalidManagementDecisionException("reason", "an override needs a reason");
        }
        return request.route();
    }

    /** Blocks no longer than {@code kafka-max-block}: the acknowledgement is not awaited, the answer is. */
    private CompletableFuture<?> send(RequestedManagementDecision requested) {
        try {
            return kafka.send(ManagementRequestTopic.NAME, requested.contactId(), requested);
        } catch (KafkaException | org.apache.kafka.common.KafkaException e) {
            throw new NotConfirmedException(e);
        }
    }

    private AnsweredRequest awaitAnswer(RequestedManagementDecision requested, CompletableFuture<?> sent) {
        long giveUpAt = System.nanoTime() + properties.answerWithin().toNanos();
        while (true) {
            Optional<AnsweredRequest> answered = decisions.answered(requested.requestKey());
            if (answered.isPresent()) {
                return answered.get();
            }
            if (sent.isCompletedExceptionally() || System.nanoTime() - giveUpAt > 0) {
                throw new NotConfirmedException(null);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotConfirmedException(e);
            }
        }
    }

    private DecisionView answer(RequestedManagementDecision requested, AnsweredRequest answered) {
        if (!answered.fingerprint().equals(requested.fingerprint())) {
            throw new IdempotencyKeyReusedException();
        }
        return switch (answered.answer()) {
            case RECORDED -> decisions.byId(requested.decisionId()).orElseThrow(DecisionNotFoundException::new);
            case ALREADY_DECIDED -> throw new AlreadyManagedException();
            case UNKNOWN_DECISION -> throw new DecisionNotFoundException();
        };
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

    static final class IdempotencyKeyReusedException extends RuntimeException {
        IdempotencyKeyReusedException() {
            super("This Idempotency-Key was sent with a different management decision; use a new key for a new request");
        }
    }

    /** Not known to be recorded, nor known not to be: sending the same request again is safe. */
    static final class NotConfirmedException extends RuntimeException {
        NotConfirmedException(Throwable cause) {
            super("The management decision was not confirmed in time and may yet be recorded; send the same request again "
                    + "(with the same Idempotency-Key, if it had one): it is recorded once", cause);
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
