package org.frontdoor.strategy.stream;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.frontdoor.calendar.LondonTime;
import org.frontdoor.events.CaseClosed;
import org.frontdoor.events.CaseClosure;
import org.frontdoor.events.CaseOpened;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.ManagementOutcome;
import org.frontdoor.events.Route;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.strategy.cases.CaseIds;

/**
 * Turns triage facts into the case facts they propose, keyed by case id. A proposal becomes a
 * case event only when the case's state allows it (a decision read twice opens one case; an
 * override of a case that never opened closes nothing). Every proposal's ids and timestamps
 * come from its input, so reading an input again proposes exactly the same event.
 */
final class TriageProposals {

    private final String overrideTeam;

    TriageProposals(String overrideTeam) {
        this.overrideTeam = overrideTeam;
    }

    /**
     * A child routed to a strategy meeting opens a case. Day 0 of its strategy meeting clock is
     * the local date of the decision, the moment the route was set, not of the contact.
     */
    List<KeyValue<String, StrategyCaseEvent>> fromTriage(ChildTriaged decision) {
        if (decision.getRoute() != Route.STRATEGY_MEETING) {
            return List.of();
        }
        return List.of(opening(decision.getDecisionId(), decision.getContactId(), decision.getChildRef(),
                decision.getTeam(), decision.getDecidedAt(), decision.getImmediateRisk()));
    }

    /**
     * An override away from a strategy meeting closes the case as not required; an override to a
     * strategy meeting opens one. A confirmation changes nothing.
     */
    List<KeyValue<String, StrategyCaseEvent>> fromManagement(ManagementDecisionRecorded decision) {
        if (decision.getOutcome() != ManagementOutcome.OVERRIDDEN) {
            return List.of();
        }
        boolean wasStrategyMeeting = decision.getTriagedRoute() == Route.STRATEGY_MEETING;
        boolean isStrategyMeeting = decision.getRoute() == Route.STRATEGY_MEETING;
        if (wasStrategyMeeting && !isStrategyMeeting) {
            String caseId = CaseIds.caseIdFor(decision.getDecisionId());
            // The manager's own reason is free text and may name people: the event says only what changed.
            CaseClosed closed = CaseClosed.newBuilder()
                    .setClosure(CaseClosure.STRATEGY_MEETING_NOT_REQUIRED)
                    .setReason("A manager overrode the route to " + decision.getRoute())
                    .build();
            return List.of(KeyValue.pair(caseId, event(CaseIds.closedAsNotRequiredEventId(caseId), caseId,
                    decision.getRecordedAt(), closed)));
        }
        if (!wasStrategyMeeting && isStrategyMeeting) {
            // The override does not say whether the contact flagged immediate risk; had it, triage
            // would already have routed the child to a strategy meeting.
            return List.of(opening(decision.getDecisionId(), decision.getContactId(), decision.getChildRef(),
                    overrideTeam, decision.getRecordedAt(), false));
        }
        return List.of();
    }

    private static KeyValue<String, StrategyCaseEvent> opening(String decisionId, String contactId, String childRef,
                                                              String team, Instant routedAt, boolean immediateRisk) {
        String caseId = CaseIds.caseIdFor(decisionId);
        CaseOpened opened = CaseOpened.newBuilder()
                .setContactId(contactId)
                .setDecisionId(decisionId)
                .setChildRef(childRef)
                .setTeam(team)
                .setOpenedOn(LondonTime.dateOf(routedAt))
                .setImmediateRisk(immediateRisk)
                .build();
        return KeyValue.pair(caseId, event(CaseIds.openingEventId(caseId), caseId, routedAt, opened));
    }

    private static StrategyCaseEvent event(String eventId, String caseId, Instant occurredAt, Object fact) {
        return StrategyCaseEvent.newBuilder()
                .setEventId(eventId)
                .setCaseId(caseId)
                .setOccurredAt(occurredAt)
                .setFact(fact)
                .build();
    }
}
