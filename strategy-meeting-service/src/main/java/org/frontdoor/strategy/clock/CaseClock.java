package org.frontdoor.strategy.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.frontdoor.calendar.Deadline;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;

/**
 * One statutory clock of a case. The stored status records what the service has already said
 * about the clock: AT_RISK and BREACHED mean that alert was raised, so it is never raised again.
 *
 * @param cycle 1 for every clock except the review conference clock, which starts a new cycle
 *              at each review that continues the plan
 */
public record CaseClock(ClockType clock, int cycle, LocalDate startedOn, LocalDate dueOn, LocalDate atRiskOn,
                        ClockStatus status, LocalDate metOn) {

    public CaseClock {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(atRiskOn, "atRiskOn");
        Objects.requireNonNull(status, "status");
    }

    static CaseClock started(ClockType clock, int cycle, Deadline deadline) {
        return new CaseClock(clock, cycle, deadline.startedOn(), deadline.dueOn(), deadline.atRiskOn(),
                ClockStatus.RUNNING, null);
    }

    public boolean running() {
        return status.waitingForMilestone();
    }

    public Instant atRiskAt() {
        return deadline().atRiskAt();
    }

    public Instant breachesAt() {
        return deadline().breachesAt();
    }

    /**
     * The milestone was held on {@code heldOn}. It is late when held after the due date, and
     * also when the breach alert has already gone out: the breach stands in the record.
     */
    public CaseClock metOn(LocalDate heldOn) {
        boolean late = status == ClockStatus.BREACHED || !deadline().isMetInTime(heldOn);
        return new CaseClock(clock, cycle, startedOn, dueOn, atRiskOn, late ? ClockStatus.MET_LATE : ClockStatus.MET, heldOn);
    }

    public CaseClock stopped() {
        return new CaseClock(clock, cycle, startedOn, dueOn, atRiskOn, ClockStatus.STOPPED, null);
    }

    public CaseClock alerted(AlertKind kind) {
        ClockStatus raised = kind == AlertKind.AT_RISK ? ClockStatus.AT_RISK : ClockStatus.BREACHED;
        return new CaseClock(clock, cycle, startedOn, dueOn, atRiskOn, raised, metOn);
    }

    /** The alert this clock raises next, if any: at-risk first, then the breach, then nothing. */
    public Optional<PendingAlert> pendingAlert() {
        return switch (status) {
            case RUNNING -> Optional.of(new PendingAlert(AlertKind.AT_RISK, atRiskAt()));
            case AT_RISK -> Optional.of(new PendingAlert(AlertKind.BREACHED, breachesAt()));
            default -> Optional.empty();
        };
    }

    /**
     * The status to show at {@code now}. It runs ahead of the stored status between the moment a
     * clock falls due and the next due check, so a reader never sees a late clock as running.
     */
    public ClockStatus statusAt(Instant now) {
        if (!running()) {
            return status;
        }
        if (status == ClockStatus.BREACHED || !now.isBefore(breachesAt())) {
            return ClockStatus.BREACHED;
        }
        if (status == ClockStatus.AT_RISK || !now.isBefore(atRiskAt())) {
            return ClockStatus.AT_RISK;
        }
        return ClockStatus.RUNNING;
    }

    private Deadline deadline() {
        return new Deadline(startedOn, dueOn, atRiskOn);
    }
}
