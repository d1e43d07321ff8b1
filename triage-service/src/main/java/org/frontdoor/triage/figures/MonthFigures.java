package org.frontdoor.triage.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.frontdoor.events.ClockType;
import org.frontdoor.events.Route;

/**
 * Triage's figures for one month of London dates, as the API shows them; docs/figures.md defines
 * each. Contacts and decisions belong to the date the contact was received, breaches to the date
 * the clock breached.
 *
 * @param managementDecisionsInTime decisions a manager decided within one working day, of those
 *                                  whose outcome is known
 * @param breaches                  by clock: the contact-decision clock is the one triage keeps
 * @param days                      every day of the month, days without contacts included
 */
public record MonthFigures(YearMonth month, Instant asOf, ContactCounts contacts, DecisionCounts childDecisions,
                           ManagerTimeliness managementDecisionsInTime, ReReferrals reReferrals,
                           Map<ClockType, Long> breaches, List<DayFigures> days) {

    private static final Predicate<LocalDate> ANY_DAY = date -> true;

    /** @param lateEntries of those received, the ones recorded late (with a late-entry reason) */
    public record ContactCounts(long received, long lateEntries, Map<String, Long> bySource) {
    }

    public record DecisionCounts(long total, Map<Route, Long> byRoute, Map<String, Map<Route, Long>> bySourceAndRoute) {
    }

    public record DayFigures(LocalDate date, ContactCounts contacts, DecisionCounts childDecisions) {
    }

    /**
     * @param numerator                 decided by a manager on or before the due date
     * @param denominator               decided by a manager, in time or late, or breached still undecided
     * @param percentage                numerator of denominator, to one decimal place; null when the denominator is 0
     * @param awaitingManagerWithinTime undecided and not breached: not yet in the denominator
     */
    public record ManagerTimeliness(ClockType clock, long numerator, long denominator, BigDecimal percentage,
                                    long managedLate, long breachedAwaitingManager, long awaitingManagerWithinTime) {
    }

    /** Re-referrals among the referrals (decisions routing to MASH or a strategy meeting). */
    public record ReReferrals(long referrals, long reReferrals, BigDecimal percentage) {
    }

    static MonthFigures of(YearMonth month, Instant asOf, Collection<Tally> tallies) {
        Map<Counted, Long> counts = tallies.stream()
                .filter(tally -> tally.counted().on() != null && YearMonth.from(tally.counted().on()).equals(month))
                .collect(Collectors.groupingBy(Tally::counted, Collectors.summingLong(Tally::count)));
        List<DayFigures> days = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .map(date -> new DayFigures(date, contacts(counts, date::equals), decisions(counts, date::equals)))
                .toList();
        DecisionCounts decisions = decisions(counts, ANY_DAY);
        return new MonthFigures(month, asOf, contacts(counts, ANY_DAY), decisions, timeliness(counts, decisions.total()),
                reReferrals(counts), Map.of(ClockType.CONTACT_DECISION, sum(counts, Measure.BREACHES)), days);
    }

    private static ContactCounts contacts(Map<Counted, Long> counts, Predicate<LocalDate> on) {
        Map<String, Long> bySource = counted(counts, Measure.CONTACTS_RECEIVED, on)
                .collect(Collectors.groupingBy(entry -> entry.getKey().source(), TreeMap::new,
                        Collectors.summingLong(Map.Entry::getValue)));
        long lateEntries = counted(counts, Measure.LATE_ENTRIES, on).mapToLong(Map.Entry::getValue).sum();
        return new ContactCounts(total(bySource), lateEntries, bySource);
    }

    private static DecisionCounts decisions(Map<Counted, Long> counts, Predicate<LocalDate> on) {
        Map<Route, Long> byRoute = everyRoute();
        Map<String, Map<Route, Long>> bySourceAndRoute = new TreeMap<>();
        counted(counts, Measure.CHILD_DECISIONS, on).forEach(entry -> {
            Counted counted = entry.getKey();
            byRoute.merge(counted.route(), entry.getValue(), Long::sum);
            bySourceAndRoute.computeIfAbsent(counted.source(), source -> everyRoute())
                    .merge(counted.route(), entry.getValue(), Long::sum);
        });
        return new DecisionCounts(total(byRoute), byRoute, bySourceAndRoute);
    }

    private static ManagerTimeliness timeliness(Map<Counted, Long> counts, long decisions) {
        long inTime = sum(counts, Measure.MANAGED_IN_TIME);
        long late = sum(counts, Measure.MANAGED_LATE);
        long breachedAwaiting = sum(counts, Measure.BREACHED_AWAITING_MANAGER);
        long known = inTime + late + breachedAwaiting;
        return new ManagerTimeliness(ClockType.CONTACT_DECISION, inTime, known, percentage(inTime, known), late,
                breachedAwaiting, decisions - known);
    }

    private static ReReferrals reReferrals(Map<Counted, Long> counts) {
        long referrals = counted(counts, Measure.CHILD_DECISIONS, ANY_DAY)
                .filter(entry -> entry.getKey().route() == Route.MASH || entry.getKey().route() == Route.STRATEGY_MEETING)
                .mapToLong(Map.Entry::getValue).sum();
        long reReferrals = sum(counts, Measure.RE_REFERRALS);
        return new ReReferrals(referrals, reReferrals, percentage(reReferrals, referrals));
    }

    /** Numerator of denominator as a percentage to one decimal place, halves rounded up; null when there is nothing to divide by. */
    static BigDecimal percentage(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    private static Stream<Map.Entry<Counted, Long>> counted(Map<Counted, Long> counts, Measure measure,
                                                             Predicate<LocalDate> on) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey().measure() == measure && on.test(entry.getKey().on()));
    }

    private static long sum(Map<Counted, Long> counts, Measure measure) {
        return counted(counts, measure, ANY_DAY).mapToLong(Map.Entry::getValue).sum();
    }

    private static long total(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<Route, Long> everyRoute() {
        Map<Route, Long> byRoute = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            byRoute.put(route, 0L);
        }
        return byRoute;
    }
}
