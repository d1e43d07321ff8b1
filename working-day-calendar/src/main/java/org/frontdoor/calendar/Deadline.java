package org.frontdoor.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When one running clock is due, when it is at risk and when it breaches. Dates are London
 * local dates; the instants are the starts of those days in London, whatever the season.
 *
 * @param startedOn day 0: the local date of the event that started the clock
 * @param dueOn the last date on which the milestone is in time
 * @param atRiskOn the date from whose start managers are warned
 */
public record Deadline(LocalDate startedOn, LocalDate dueOn, LocalDate atRiskOn) {

    public Deadline {
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(atRiskOn, "atRiskOn");
        if (dueOn.isBefore(startedOn) || atRiskOn.isBefore(startedOn) || atRiskOn.isAfter(dueOn)) {
            throw new IllegalArgumentException("A deadline needs startedOn <= atRiskOn <= dueOn, not "
                    + startedOn + ", " + atRiskOn + ", " + dueOn);
        }
    }

    /** The clock breaches at the start of the day after its due date, working day or not. */
    public LocalDate breachesOn() {
        return dueOn.plusDays(1);
    }

    public Instant atRiskAt() {
        return LondonTime.startOf(atRiskOn);
    }

    public Instant breachesAt() {
        return LondonTime.startOf(breachesOn());
    }

    /** A milestone on the due date itself is in time; one on any later date is met late. */
    public boolean isMetInTime(LocalDate metOn) {
        return !metOn.isAfter(dueOn);
    }

    /** A milestone recorded before the clock breached is in time. */
    public boolean isMetInTime(Instant metAt) {
        return metAt.isBefore(breachesAt());
    }
}
