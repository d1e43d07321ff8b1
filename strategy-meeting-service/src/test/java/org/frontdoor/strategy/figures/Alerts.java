package org.frontdoor.strategy.figures;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.strategy.cases.CaseFacts;

/** Alerts as the case topology's due check raises them, for tests. */
final class Alerts {

    private Alerts() {
    }

    static TimescaleAlert raised(ClockType clock, int cycle, AlertKind kind, String dueOn) {
        return withId(CaseFacts.CASE_ID + ":" + clock + ":" + cycle + ":" + kind, clock, kind, dueOn);
    }

    static TimescaleAlert withId(String alertId, ClockType clock, AlertKind kind, String dueOn) {
        return TimescaleAlert.newBuilder()
                .setAlertId(alertId)
                .setKind(kind)
                .setClock(clock)
                .setTeam("assessment-and-safeguarding")
                .setDueOn(LocalDate.parse(dueOn))
                .setRaisedAt(Instant.parse("2026-12-01T09:00:00Z"))
                .setContactId("contact-1")
                .setCaseId(CaseFacts.CASE_ID)
                .setDecisionId("decision-1")
                .setChildRef("child-1")
                .build();
    }

    static RaisedAlert of(ClockType clock, int cycle, AlertKind kind, String dueOn) {
        return RaisedAlert.of(raised(clock, cycle, kind, dueOn)).orElseThrow();
    }
}
