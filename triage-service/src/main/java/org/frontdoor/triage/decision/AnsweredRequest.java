package org.frontdoor.triage.decision;

import java.time.Instant;

/**
 * What the processor that owns a decision answered one manager's request, kept in the store
 * {@value DecisionStores#MANAGEMENT_REQUESTS} by the request's key, so that the request sent
 * again is answered alike and changes nothing.
 *
 * @param fingerprint what the request asked; the same key asking something else is a conflict
 * @param requestedAt when it was asked: answers are forgotten some time after
 */
public record AnsweredRequest(String fingerprint, Answer answer, Instant requestedAt) {

    public enum Answer {
        /** The decision stands as asked: recorded by this request, or by the same manager's same request before. */
        RECORDED,
        /** Another manager's decision, or another of this manager's, was recorded first. */
        ALREADY_DECIDED,
        /** No such decision in the contact the request named. */
        UNKNOWN_DECISION
    }
}
