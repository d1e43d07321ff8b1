package org.frontdoor.strategy.figures;

import java.time.LocalDate;

import org.frontdoor.events.StrategyMeetingOutcome;

/**
 * A strategy meeting a case applied.
 *
 * @param withoutEnquiry the meeting decided against a section 47 enquiry for a child none had been
 *                       started for: the inspectors' "unnecessarily subject to a strategy meeting"
 */
public record Meeting(LocalDate heldOn, StrategyMeetingOutcome outcome, boolean withoutEnquiry) {
}
