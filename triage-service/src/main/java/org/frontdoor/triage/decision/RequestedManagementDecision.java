package org.frontdoor.triage.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.ManagementOutcome;
import org.frontdoor.events.Route;
import org.frontdoor.triage.decision.DecisionView.ManagementDecisionView;

/**
 * A manager's decision on its way, through triage's own request topic, to the processor that owns
 * the triage decision it confirms or overrides (decision 0014). Keyed by contact id, the key of
 * the partition that holds the contact's decisions.
 *
 * @param requestKey  names the request: the decision, the manager and their Idempotency-Key, or a
 *                    key of its own when the request has none
 * @param fingerprint what is asked (outcome, route and reason), to tell a retry from a reused key
 * @param route       the route that stands once the decision is recorded: the triaged one for a confirmation
 * @param recordedBy  the subject of the manager's token
 * @param requestedAt when the manager asked: the decision is recorded as made then, whenever it is applied
 */
public record RequestedManagementDecision(String requestKey, String fingerprint, String decisionId, String contactId,
                                          ManagementOutcome outcome, Route route, String reason, String recordedBy,
                                          Instant requestedAt) {

    /** The unit separator (U+001F), which no Idempotency-Key may hold, so no key can pose as another part. */
    private static final String SEPARATOR = "\u001f";

    static RequestedManagementDecision of(DecisionView decision, ManagementOutcome outcome, Route standing, String reason,
                                          String manager, Optional<IdempotencyKey> key, Instant now) {
        String requestKey = String.join(SEPARATOR, decision.decisionId(), manager,
                key.map(IdempotencyKey::value).orElseGet(() -> SEPARATOR + UUID.randomUUID()));
        return new RequestedManagementDecision(requestKey, fingerprint(outcome, standing, reason), decision.decisionId(),
                decision.contactId(), outcome, standing, reason, manager, now);
    }

    /** The same manager deciding the same again: a retry of a request whose answer was lost. */
    boolean sameAs(ManagementDecisionView standing) {
        return standing.outcome().equals(outcome.name()) && standing.route().equals(route.name())
                && Objects.equals(standing.reason(), reason) && Objects.equals(standing.recordedBy(), recordedBy);
    }

    ManagementDecisionRecorded event(DecisionView decision) {
        return ManagementDecisionRecorded.newBuilder()
                .setDecisionId(decisionId).setContactId(contactId).setChildRef(decision.childRef())
                .setOutcome(outcome).setTriagedRoute(Route.valueOf(decision.route())).setRoute(route)
                .setReason(reason).setRecordedBy(recordedBy).setRecordedAt(requestedAt).build();
    }

    private static String fingerprint(ManagementOutcome outcome, Route route, String reason) {
        String asked = String.join(SEPARATOR, outcome.name(), route.name(), reason == null ? "" : reason);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(asked.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
