package org.frontdoor.triage.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.triage.figures.DecisionEvents.alert;
import static org.frontdoor.triage.figures.DecisionEvents.decision;
import static org.frontdoor.triage.figures.DecisionEvents.managed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.Route;
import org.junit.jupiter.api.Test;

/** The counting rules for one child's decision and its contact-decision clock. */
class DecisionClockTest {

    /** Thursday 24 December 2026: due Tuesday 29 December after Christmas and Boxing Day (substitute on Monday 28th). */
    private static final Instant CHRISTMAS_EVE = Instant.parse("2026-12-24T10:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 29);
    private static final ChildTriaged MASH_DECISION = decision("d1", CHRISTMAS_EVE, "2A", Route.MASH, false, DUE);

    @Test
    void aDecisionCountsOnTheLondonDateOfReceiptBySourceAndRouteAndItsClockIsOpenAndGreen() {
        DecisionClock clock = DecisionClock.UNKNOWN.withTriage(MASH_DECISION);

        assertThat(clock.counted()).containsExactlyInAnyOrder(
                Counted.childDecision(LocalDate.of(2026, 12, 24), "2A", Route.MASH),
                Counted.openClock("front-door", ClockRag.GREEN));
    }

    @Test
    void aContactReceivedLateOnASummerEveningInUtcBelongsToTheNextLondonDay() {
        ChildTriaged lateEvening = decision("d1", Instant.parse("2026-07-14T23:30:00Z"), "6", Route.EARLY_HELP, false,
                LocalDate.of(2026, 7, 16));

        assertThat(DecisionClock.UNKNOWN.withTriage(lateEvening).counted())
                .contains(Counted.childDecision(LocalDate.of(2026, 7, 15), "6", Route.EARLY_HELP));
    }

    @Test
    void aReferralFlaggedAsAReReferralCountsAsOne() {
        ChildTriaged strategy = decision("d1", CHRISTMAS_EVE, "6", Route.STRATEGY_MEETING, true, DUE);

        assertThat(DecisionClock.UNKNOWN.withTriage(strategy).counted())
                .contains(Counted.reReferral(LocalDate.of(2026, 12, 24), Route.STRATEGY_MEETING));
    }

    @Test
    void aFlaggedDecisionThatIsNotAReferralIsNoReReferral() {
        ChildTriaged earlyHelp = decision("d1", CHRISTMAS_EVE, "6", Route.EARLY_HELP, true, DUE);

        assertThat(DecisionClock.UNKNOWN.withTriage(earlyHelp).counted())
                .noneMatch(counted -> counted.measure() == Measure.RE_REFERRALS);
    }

    @Test
    void aManagerDecidingLateOnTheDueDateInLondonIsInTimeAndTheClockIsNoLongerOpen() {
        DecisionClock clock = DecisionClock.UNKNOWN.withTriage(MASH_DECISION)
                .withManagement(managed("d1", Instant.parse("2026-12-29T23:59:59Z")));

        assertThat(clock.counted()).containsExactlyInAnyOrder(
                Counted.childDecision(LocalDate.of(2026, 12, 24), "2A", Route.MASH),
                Counted.received(Measure.MANAGED_IN_TIME, LocalDate.of(2026, 12, 24)));
    }

    @Test
    void aManagerDecidingAfterMidnightInLondonOnASummerNightIsLate() {
        ChildTriaged summer = decision("d1", Instant.parse("2026-07-13T09:00:00Z"), "2A", Route.MASH, false,
                LocalDate.of(2026, 7, 14));
        // 23:30 UTC is 00:30 on the 15th in London, the day after the due date.
        DecisionClock clock = DecisionClock.UNKNOWN.withTriage(summer)
                .withManagement(managed("d1", Instant.parse("2026-07-14T23:30:00Z")));

        assertThat(clock.counted()).contains(Counted.received(Measure.MANAGED_LATE, LocalDate.of(2026, 7, 13)));
    }

    @Test
    void anAtRiskClockIsAmber() {
        DecisionClock clock = DecisionClock.UNKNOWN.withTriage(MASH_DECISION).withAlert(alert("d1", AlertKind.AT_RISK, DUE));

        assertThat(clock.counted()).contains(Counted.openClock("front-door", ClockRag.AMBER));
    }

    @Test
    void aBreachedUndecidedClockIsRedCountsItsBreachOnTheDayAfterTheDueDateAndAwaitsAManager() {
        DecisionClock clock = DecisionClock.UNKNOWN.withTriage(MASH_DECISION)
                .withAlert(alert("d1", AlertKind.AT_RISK, DUE)).withAlert(alert("d1", AlertKind.BREACHED, DUE));

        assertThat(clock.counted()).containsExactlyInAnyOrder(
                Counted.childDecision(LocalDate.of(2026, 12, 24), "2A", Route.MASH),
                Counted.breach(LocalDate.of(2026, 12, 30)),
                Counted.received(Measure.BREACHED_AWAITING_MANAGER, LocalDate.of(2026, 12, 24)),
                Counted.openClock("front-door", ClockRag.RED));
    }

    @Test
    void aDecisionMadeAfterItsClockBreachedIsLateAndTheBreachStands() {
        DecisionClock clock = DecisionClock.UNKNOWN.withTriage(MASH_DECISION)
                .withAlert(alert("d1", AlertKind.BREACHED, DUE))
                .withManagement(managed("d1", Instant.parse("2026-12-30T09:00:00Z")));

        assertThat(clock.counted()).containsExactlyInAnyOrder(
                Counted.childDecision(LocalDate.of(2026, 12, 24), "2A", Route.MASH),
                Counted.breach(LocalDate.of(2026, 12, 30)),
                Counted.received(Measure.MANAGED_LATE, LocalDate.of(2026, 12, 24)));
    }

    @Test
    void aBreachCountsBeforeItsDecisionHasArrived() {
        DecisionClock clock = DecisionClock.UNKNOWN.withAlert(alert("d1", AlertKind.BREACHED, DUE));

        assertThat(clock.counted()).containsExactly(Counted.breach(LocalDate.of(2026, 12, 30)));
    }

    @Test
    void everyFactLearntAgainChangesNothing() {
        DecisionClock clock = DecisionClock.UNKNOWN.withTriage(MASH_DECISION)
                .withAlert(alert("d1", AlertKind.AT_RISK, DUE)).withAlert(alert("d1", AlertKind.BREACHED, DUE))
                .withManagement(managed("d1", Instant.parse("2026-12-30T09:00:00Z")));

        assertThat(clock.withTriage(MASH_DECISION)).isEqualTo(clock);
        assertThat(clock.withAlert(alert("d1", AlertKind.AT_RISK, DUE))).isEqualTo(clock);
        assertThat(clock.withAlert(alert("d1", AlertKind.BREACHED, DUE))).isEqualTo(clock);
        assertThat(clock.withManagement(managed("d1", Instant.parse("2026-12-30T09:00:00Z")))).isEqualTo(clock);
    }

    @Test
    void theFirstManagersDecisionStopsTheClockAndASecondOneDoesNotMoveIt() {
        DecisionClock first = DecisionClock.UNKNOWN.withTriage(MASH_DECISION)
                .withManagement(managed("d1", Instant.parse("2026-12-29T09:00:00Z")));

        DecisionClock second = first.withManagement(managed("d1", Instant.parse("2027-01-05T09:00:00Z")));

        assertThat(second).isEqualTo(first);
        assertThat(second.counted()).contains(Counted.received(Measure.MANAGED_IN_TIME, LocalDate.of(2026, 12, 24)));
    }

    @Test
    void theFactsCountTheSameWhateverOrderTheyArriveIn() {
        List<UnaryOperator<DecisionClock>> facts = List.of(
                clock -> clock.withTriage(MASH_DECISION),
                clock -> clock.withAlert(alert("d1", AlertKind.AT_RISK, DUE)),
                clock -> clock.withAlert(alert("d1", AlertKind.BREACHED, DUE)),
                clock -> clock.withManagement(managed("d1", Instant.parse("2026-12-31T09:00:00Z"))));
        DecisionClock inOrder = applyInOrder(facts, List.of(0, 1, 2, 3));

        for (List<Integer> order : List.of(List.of(3, 2, 1, 0), List.of(2, 0, 3, 1), List.of(1, 3, 0, 2), List.of(3, 0, 2, 1))) {
            assertThat(applyInOrder(facts, order)).isEqualTo(inOrder);
        }
    }

    private static DecisionClock applyInOrder(List<UnaryOperator<DecisionClock>> facts, List<Integer> order) {
        DecisionClock clock = DecisionClock.UNKNOWN;
        for (int index : order) {
            clock = facts.get(index).apply(clock);
        }
        return clock;
    }
}
