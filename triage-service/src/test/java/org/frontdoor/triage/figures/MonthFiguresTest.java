package org.frontdoor.triage.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.frontdoor.events.ClockType;
import org.frontdoor.events.Route;
import org.junit.jupiter.api.Test;

/** A month's figures from the tallies of every partition. */
class MonthFiguresTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final LocalDate SECOND = LocalDate.of(2026, 11, 2);
    private static final Instant AS_OF = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void theSameCountedThingFromTwoPartitionsIsAddedUp() {
        List<Tally> tallies = List.of(new Tally(Counted.contactReceived(FIRST, "2A"), 2),
                new Tally(Counted.contactReceived(FIRST, "2A"), 3), new Tally(Counted.contactReceived(SECOND, "6"), 1));

        MonthFigures figures = MonthFigures.of(NOVEMBER, AS_OF, tallies);

        assertThat(figures.contacts().received()).isEqualTo(6);
        assertThat(figures.contacts().bySource()).containsExactlyInAnyOrderEntriesOf(Map.of("2A", 5L, "6", 1L));
        assertThat(figures.days().get(0).contacts().bySource()).containsExactlyInAnyOrderEntriesOf(Map.of("2A", 5L));
    }

    @Test
    void everyDayOfTheMonthIsListedAndOtherMonthsAreLeftOut() {
        List<Tally> tallies = List.of(new Tally(Counted.contactReceived(LocalDate.of(2026, 12, 1), "2A"), 4));

        MonthFigures figures = MonthFigures.of(NOVEMBER, AS_OF, tallies);

        assertThat(figures.days()).hasSize(30);
        assertThat(figures.days().get(29).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(figures.contacts().received()).isZero();
    }

    @Test
    void lateEntriesAreCountedAmongTheContactsOfTheDayTheyWereReceived() {
        List<Tally> tallies = List.of(new Tally(Counted.contactReceived(FIRST, "2A"), 5),
                new Tally(Counted.received(Measure.LATE_ENTRIES, FIRST), 2),
                new Tally(Counted.contactReceived(SECOND, "6"), 1), new Tally(Counted.received(Measure.LATE_ENTRIES, SECOND), 1),
                new Tally(Counted.received(Measure.LATE_ENTRIES, LocalDate.of(2026, 12, 1)), 4));

        MonthFigures figures = MonthFigures.of(NOVEMBER, AS_OF, tallies);

        assertThat(figures.contacts().lateEntries()).isEqualTo(3);
        assertThat(figures.contacts().received()).isEqualTo(6);
        assertThat(figures.days().get(0).contacts().lateEntries()).isEqualTo(2);
        assertThat(figures.days().get(2).contacts().lateEntries()).isZero();
    }

    @Test
    void decisionsAreCountedByRouteWithEveryRouteShownAndBySourceAndRoute() {
        List<Tally> tallies = List.of(new Tally(Counted.childDecision(FIRST, "2A", Route.MASH), 2),
                new Tally(Counted.childDecision(SECOND, "2A", Route.EARLY_HELP), 1),
                new Tally(Counted.childDecision(SECOND, "6", Route.MASH), 1));

        MonthFigures.DecisionCounts decisions = MonthFigures.of(NOVEMBER, AS_OF, tallies).childDecisions();

        assertThat(decisions.total()).isEqualTo(4);
        assertThat(decisions.byRoute()).containsExactlyInAnyOrderEntriesOf(Map.of(Route.NO_FURTHER_ACTION, 0L, Route.EARLY_HELP, 1L,
                Route.MASH, 3L, Route.STRATEGY_MEETING, 0L));
        assertThat(decisions.bySourceAndRoute().get("2A")).containsEntry(Route.MASH, 2L).containsEntry(Route.EARLY_HELP, 1L);
        assertThat(decisions.bySourceAndRoute().get("6")).containsEntry(Route.MASH, 1L).containsEntry(Route.EARLY_HELP, 0L);
    }

    @Test
    void decisionsInTimeAreCountedOfThoseDecidedOrBreachedAndTheRestAwaitAManager() {
        List<Tally> tallies = List.of(new Tally(Counted.childDecision(FIRST, "2A", Route.MASH), 10),
                new Tally(Counted.received(Measure.MANAGED_IN_TIME, FIRST), 4),
                new Tally(Counted.received(Measure.MANAGED_LATE, FIRST), 1),
                new Tally(Counted.received(Measure.BREACHED_AWAITING_MANAGER, FIRST), 1));

        MonthFigures.ManagerTimeliness timeliness = MonthFigures.of(NOVEMBER, AS_OF, tallies).managementDecisionsInTime();

        assertThat(timeliness).isEqualTo(new MonthFigures.ManagerTimeliness(ClockType.CONTACT_DECISION, 4, 6,
                new BigDecimal("66.7"), 1, 1, 4));
    }

    @Test
    void theReReferralRateIsOfReferralsOnly() {
        List<Tally> tallies = List.of(new Tally(Counted.childDecision(FIRST, "2A", Route.MASH), 3),
                new Tally(Counted.childDecision(FIRST, "2A", Route.STRATEGY_MEETING), 1),
                new Tally(Counted.childDecision(FIRST, "2A", Route.EARLY_HELP), 5),
                new Tally(Counted.reReferral(FIRST, Route.MASH), 1));

        assertThat(MonthFigures.of(NOVEMBER, AS_OF, tallies).reReferrals())
                .isEqualTo(new MonthFigures.ReReferrals(4, 1, new BigDecimal("25.0")));
    }

    @Test
    void aRateWithNothingToDivideByHasNoPercentage() {
        MonthFigures figures = MonthFigures.of(NOVEMBER, AS_OF, List.of());

        assertThat(figures.reReferrals().percentage()).isNull();
        assertThat(figures.managementDecisionsInTime().percentage()).isNull();
    }

    @Test
    void breachesBelongToTheMonthTheClockBreachedIn() {
        List<Tally> tallies = List.of(new Tally(Counted.breach(LocalDate.of(2026, 11, 30)), 2),
                new Tally(Counted.breach(LocalDate.of(2026, 12, 1)), 5));

        assertThat(MonthFigures.of(NOVEMBER, AS_OF, tallies).breaches()).containsExactlyInAnyOrderEntriesOf(
                Map.of(ClockType.CONTACT_DECISION, 2L));
    }

    @Test
    void halvesRoundUpToOneDecimalPlace() {
        assertThat(MonthFigures.percentage(1, 8)).isEqualTo(new BigDecimal("12.5"));
        assertThat(MonthFigures.percentage(1, 16)).isEqualTo(new BigDecimal("6.3"));
        assertThat(MonthFigures.percentage(3, 3)).isEqualTo(new BigDecimal("100.0"));
    }
}
