package org.frontdoor.notification.alert;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.events.TimescaleAlert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An alert as managers' systems receive it: the webhook body, the live stream's event data and
 * the facts an email states. It carries ids and dates only: no names or other personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"alertId", "kind", "clock", "team", "dueOn", "raisedAt", "caseId", "contactId", "childRef"})
public record Alert(String alertId, String kind, String clock, String team, LocalDate dueOn, Instant raisedAt,
                    String caseId, String contactId, String childRef) {

    public static Alert of(TimescaleAlert event) {
        return new Alert(event.getAlertId(), event.getKind().name(), event.getClock().name(), event.getTeam(),
                event.getDueOn(), event.getRaisedAt(), event.getCaseId(), event.getContactId(), event.getChildRef());
    }
}
