package org.frontdoor.strategy.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.frontdoor.events.Agency;
import org.frontdoor.events.CaseClosed;
import org.frontdoor.events.CaseClosure;
import org.frontdoor.events.CaseOpened;
import org.frontdoor.events.CategoryOfAbuse;
import org.frontdoor.events.CoreGroupHeld;
import org.frontdoor.events.IcpcHeld;
import org.frontdoor.events.IcpcNotRequired;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.ReviewConferenceHeld;
import org.frontdoor.events.ReviewOutcome;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingHeld;
import org.frontdoor.events.StrategyMeetingOutcome;

/** Case events for tests, each with a fresh id. */
public final class CaseFacts {

    public static final String CASE_ID = "case-1";

    private CaseFacts() {
    }

    public static StrategyCaseEvent opened(String openedOn, boolean immediateRisk) {
        return event(CaseOpened.newBuilder().setContactId("contact-1").setDecisionId("decision-1").setChildRef("child-1")
                .setTeam("assessment-and-safeguarding").setOpenedOn(LocalDate.parse(openedOn)).setImmediateRisk(immediateRisk).build());
    }

    public static StrategyCaseEvent meeting(String heldOn, StrategyMeetingOutcome outcome) {
        return event(StrategyMeetingHeld.newBuilder().setHeldOn(LocalDate.parse(heldOn))
                .setAttendees(List.of(Agency.SOCIAL_CARE, Agency.POLICE, Agency.HEALTH)).setOutcome(outcome).build());
    }

    public static StrategyCaseEvent icpc(String heldOn, IcpcOutcome outcome) {
        return event(IcpcHeld.newBuilder().setHeldOn(LocalDate.parse(heldOn)).setOutcome(outcome)
                .setCategoryOfAbuse(outcome == IcpcOutcome.CHILD_PROTECTION_PLAN ? CategoryOfAbuse.NEG : null).build());
    }

    public static StrategyCaseEvent icpcNotRequired(String recordedAt) {
        return event(IcpcNotRequired.newBuilder().setReason("no longer needed").build(), Instant.parse(recordedAt));
    }

    public static StrategyCaseEvent coreGroup(String heldOn) {
        return event(CoreGroupHeld.newBuilder().setHeldOn(LocalDate.parse(heldOn)).build());
    }

    public static StrategyCaseEvent review(String heldOn, ReviewOutcome outcome) {
        return event(ReviewConferenceHeld.newBuilder().setHeldOn(LocalDate.parse(heldOn)).setOutcome(outcome).build());
    }

    public static StrategyCaseEvent closed(CaseClosure closure) {
        return event(CaseClosed.newBuilder().setClosure(closure).build());
    }

    /** The event as a practitioner's command records it: under the command's id, with who recorded it. */
    public static StrategyCaseEvent asCommand(StrategyCaseEvent event, CommandEventId id, String recordedBy) {
        return StrategyCaseEvent.newBuilder().setEventId(id.value()).setCaseId(event.getCaseId())
                .setOccurredAt(event.getOccurredAt()).setRecordedBy(recordedBy).setFact(event.getFact()).build();
    }

    private static StrategyCaseEvent event(Object fact) {
        return event(fact, Instant.parse("2026-01-01T12:00:00Z"));
    }

    private static StrategyCaseEvent event(Object fact, Instant occurredAt) {
        return StrategyCaseEvent.newBuilder().setEventId(UUID.randomUUID().toString()).setCaseId(CASE_ID)
                .setOccurredAt(occurredAt).setFact(fact).build();
    }
}
