package org.frontdoor.strategy.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.events.CaseClosed;
import org.frontdoor.events.CaseOpened;
import org.frontdoor.events.CoreGroupHeld;
import org.frontdoor.events.IcpcHeld;
import org.frontdoor.events.IcpcNotRequired;
import org.frontdoor.events.ReviewConferenceHeld;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.StrategyMeetingHeld;

/**
 * One fact a case applied, as its history shows it: what, when it was held, when and by whom it
 * was recorded. It carries no free text (an ICPC-not-required reason stays in the event).
 *
 * @param heldOn     the date the meeting or conference was held; null for facts without one
 *                   (opening, closing, ICPC not required)
 * @param recordedAt when it was recorded: the event's {@code occurredAt}
 * @param recordedBy the subject of the token that recorded it; null for facts the service records
 *                   from triage's decisions, and for events written before it was kept
 */
public record CaseStep(Kind kind, LocalDate heldOn, Instant recordedAt, String recordedBy) {

    public enum Kind {
        CASE_OPENED, STRATEGY_MEETING, ICPC, ICPC_NOT_REQUIRED, CORE_GROUP, REVIEW_CONFERENCE, CASE_CLOSED
    }

    static CaseStep of(StrategyCaseEvent event) {
        Object fact = event.getFact();
        if (fact instanceof CaseOpened) {
            return step(Kind.CASE_OPENED, null, event);
        } else if (fact instanceof StrategyMeetingHeld meeting) {
            return step(Kind.STRATEGY_MEETING, meeting.getHeldOn(), event);
        } else if (fact instanceof IcpcHeld icpc) {
            return step(Kind.ICPC, icpc.getHeldOn(), event);
        } else if (fact instanceof IcpcNotRequired) {
            return step(Kind.ICPC_NOT_REQUIRED, null, event);
        } else if (fact instanceof CoreGroupHeld coreGroup) {
            return step(Kind.CORE_GROUP, coreGroup.getHeldOn(), event);
        } else if (fact instanceof ReviewConferenceHeld review) {
            return step(Kind.REVIEW_CONFERENCE, review.getHeldOn(), event);
        } else if (fact instanceof CaseClosed) {
            return step(Kind.CASE_CLOSED, null, event);
        }
        throw new IllegalArgumentException("Not a strategy case fact: " + fact.getClass().getName());
    }

    private static CaseStep step(Kind kind, LocalDate heldOn, StrategyCaseEvent event) {
        return new CaseStep(kind, heldOn, event.getOccurredAt(), event.getRecordedBy());
    }
}
