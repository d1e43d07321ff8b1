package org.frontdoor.notification.alert;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.events.TimescaleAlert;

/** An alert as managers' systems receive it: by webhook, by email and on the live stream. */
public record Alert(String alertId, String kind, String clock, String team, LocalDate dueOn, Instant raisedAt,
                    String caseId, String contactId, String childRef) {

    static Alert of(TimescaleAlert event) {
        return new Alert(event.getAlertId(), event.getKind().name(), event.getClock().name(), event.getTeam(),
                event.getDueOn(), event.getRaisedAt(), event.getCaseId(), event.getContactId(), event.getChildRef());
    }
}
