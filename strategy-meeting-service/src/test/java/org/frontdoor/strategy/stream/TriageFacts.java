package org.frontdoor.strategy.stream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.ManagementOutcome;
import org.frontdoor.events.Rag;
import org.frontdoor.events.Route;

/** Triage events as the triage service publishes them, for tests. */
public final class TriageFacts {

    private TriageFacts() {
    }

    public static ChildTriaged triaged(String decisionId, Route route, Instant decidedAt, boolean immediateRisk) {
        return ChildTriaged.newBuilder()
                .setDecisionId(decisionId)
                .setContactId("contact-of-" + decisionId)
                .setChildIndex(0)
                .setChildRef("child-of-" + decisionId)
                .setReceivedAt(decidedAt.minusSeconds(600))
                .setReferralSource("2A")
                .setLevel(route == Route.STRATEGY_MEETING ? 4 : 3)
                .setRoute(route)
                .setRag(route == Route.STRATEGY_MEETING ? Rag.RED : Rag.AMBER)
                .setReasons(List.of())
                .setRulesetVersion("test")
                .setImmediateRisk(immediateRisk)
                .setReReferral(false)
                .setConsentOverridden(false)
                .setTeam(route == Route.STRATEGY_MEETING ? "assessment-and-safeguarding" : "mash")
                .setDecidedAt(decidedAt)
                .setDecisionDueOn(LocalDate.ofInstant(decidedAt, java.time.ZoneId.of("Europe/London")).plusDays(1))
                .build();
    }

    public static ManagementDecisionRecorded overridden(String decisionId, Route triagedRoute, Route route, Instant recordedAt) {
        return ManagementDecisionRecorded.newBuilder()
                .setDecisionId(decisionId)
                .setContactId("contact-of-" + decisionId)
                .setChildRef("child-of-" + decisionId)
                .setOutcome(ManagementOutcome.OVERRIDDEN)
                .setTriagedRoute(triagedRoute)
                .setRoute(route)
                .setReason("a manager's reason")
                .setRecordedAt(recordedAt)
                .build();
    }
}
