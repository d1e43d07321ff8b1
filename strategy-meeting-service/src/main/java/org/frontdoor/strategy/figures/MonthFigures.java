package org.frontdoor.strategy.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.events.ClockType;
import org.frontdoor.events.StrategyMeetingOutcome;

/**
 * One month's figures (docs/figures.md, "Strategy meeting figures").
 *
 * @param asOf             the service's clock when the figures were read
 * @param icpcsInTime      ICPCs held in the month, and those held within the timescale of the
 *                         strategy meeting that started their enquiry
 * @param strategyMeetings strategy meetings held in the month
 * @param breaches         clocks that breached in the month (the day after their due date), by clock
 */
public record MonthFigures(YearMonth month, Instant asOf, IcpcsInTime icpcsInTime, StrategyMeetings strategyMeetings,
                           Map<ClockType, Long> breaches) {

    /** The section 47 pathway's clocks, the ones this service keeps. */
    static final List<ClockType> CLOCKS = List.of(ClockType.STRATEGY_MEETING, ClockType.ICPC, ClockType.CORE_GROUP,
            ClockType.REVIEW_CONFERENCE);

    /**
     * @param percentage 100 × numerator / denominator to one decimal place (half up); null when no
     *                   ICPC was held
     */
    public record IcpcsInTime(int timescaleWorkingDays, long numerator, long denominator, BigDecimal percentage) {

        /** 0 to 1, for the gauge; NaN when no ICPC was held. */
        double ratio() {
            return denominator == 0 ? Double.NaN : (double) numerator / denominator;
        }
    }

    /**
     * @param withoutEnquiry meetings that decided against a section 47 enquiry (child in need or no
     *                       further action) for a child none had been started for
     */
    public record StrategyMeetings(long total, Map<StrategyMeetingOutcome, Long> byOutcome, long withoutEnquiry) {
    }

    /** The figures from the month's counts, summed over every partition. */
    static MonthFigures of(YearMonth month, Instant asOf, Map<String, Long> counts, int timescaleWorkingDays) {
        LocalDate day = month.atDay(1);
        long held = counts.getOrDefault(FigureKeys.icpcsHeld(day), 0L);
        long inTime = counts.getOrDefault(FigureKeys.icpcsInTime(day), 0L);
        BigDecimal percentage = held == 0 ? null
                : BigDecimal.valueOf(inTime * 100).divide(BigDecimal.valueOf(held), 1, RoundingMode.HALF_UP);

        Map<StrategyMeetingOutcome, Long> byOutcome = new EnumMap<>(StrategyMeetingOutcome.class);
        for (StrategyMeetingOutcome outcome : StrategyMeetingOutcome.values()) {
            byOutcome.put(outcome, counts.getOrDefault(FigureKeys.meetings(day, outcome), 0L));
        }
        long total = byOutcome.values().stream().mapToLong(Long::longValue).sum();

        Map<ClockType, Long> breaches = new EnumMap<>(ClockType.class);
        for (ClockType clock : CLOCKS) {
            breaches.put(clock, counts.getOrDefault(FigureKeys.breaches(day, clock), 0L));
        }
        return new MonthFigures(month, asOf, new IcpcsInTime(timescaleWorkingDays, inTime, held, percentage),
                new StrategyMeetings(total, byOutcome, counts.getOrDefault(FigureKeys.meetingsWithoutEnquiry(day), 0L)),
                breaches);
    }
}
