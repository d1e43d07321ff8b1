package org.frontdoor.intake.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.DecisionReason;
import org.frontdoor.events.Rag;
import org.frontdoor.events.Route;

/** Triage decisions as the triage service publishes them, for tests of this service's reading of them. */
public final class Decisions {

    private Decisions() {
    }

    public static ChildTriaged of(String contactId, int childIndex, Route route) {
        int level = route == Route.STRATEGY_MEETING ? 4 : route == Route.MASH ? 3 : 2;
        Rag rag = level == 4 ? Rag.RED : level == 3 ? Rag.AMBER : Rag.GREEN;
        return ChildTriaged.newBuilder()
                .setDecisionId(UUID.randomUUID().toString())
                .setContactId(contactId)
                .setChildIndex(childIndex)
                .setChildRef("child-" + UUID.randomUUID())
                .setReceivedAt(Instant.parse("2026-11-20T09:15:00Z"))
                .setReferralSource("2A")
                .setLevel(level)
                .setRoute(route)
                .setRag(rag)
                .setReasons(List.of(new DecisionReason("TEST", "A decision made by the test")))
                .setRulesetVersion("test")
                .setImmediateRisk(false)
                .setReReferral(false)
                .setConsentOverridden(false)
                .setTeam("mash")
                .setDecidedAt(Instant.parse("2026-11-20T09:16:00Z"))
                .setDecisionDueOn(LocalDate.of(2026, 11, 23))
                .build();
    }
}
