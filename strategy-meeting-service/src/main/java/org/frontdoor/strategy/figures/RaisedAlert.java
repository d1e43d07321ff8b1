package org.frontdoor.strategy.figures;

import java.time.LocalDate;
import java.util.Optional;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.TimescaleAlert;

/**
 * An alert a case's clock raised, as the figures need it. The alert names its clock's cycle only
 * in its id, {@code caseId:CLOCK:cycle:KIND} (the service's documented alert id), and the cycle
 * tells apart the review conference clocks of one case.
 */
public record RaisedAlert(ClockType clock, int cycle, AlertKind kind, LocalDate dueOn) {

    /** The alert, or empty when its id does not name its clock, cycle and kind as this service writes them. */
    static Optional<RaisedAlert> of(TimescaleAlert alert) {
        String[] parts = alert.getAlertId().split(":");
        if (parts.length < 4 || !parts[parts.length - 3].equals(alert.getClock().name())
                || !parts[parts.length - 1].equals(alert.getKind().name())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RaisedAlert(alert.getClock(), Integer.parseInt(parts[parts.length - 2]),
                    alert.getKind(), alert.getDueOn()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean names(ClockType clock, int cycle, AlertKind kind) {
        return this.clock == clock && this.cycle == cycle && this.kind == kind;
    }

    /** A clock breaches at the start of the day after its due date. */
    LocalDate breachesOn() {
        return dueOn.plusDays(1);
    }
}
