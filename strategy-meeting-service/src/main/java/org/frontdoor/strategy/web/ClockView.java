package org.frontdoor.strategy.web;

import java.time.LocalDate;

import org.frontdoor.events.ClockType;
import org.frontdoor.strategy.clock.ClockStatus;

/** One clock of a case as the API shows it; the review conference clock lists one per cycle. */
public record ClockView(ClockType clock, LocalDate startedOn, LocalDate dueOn, ClockStatus status, LocalDate metOn) {
}
