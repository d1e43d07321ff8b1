package org.frontdoor.triage.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.frontdoor.events.Route;
import org.junit.jupiter.api.Test;

/** Tallies move by what a change of facts changes, and by nothing else. */
class TalliesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Counted DECISION = Counted.childDecision(DAY, "2A", Route.MASH);

    @Test
    void aDecisionManagedInTimeLeavesTheOpenClocksAndJoinsTheInTimeCount() {
        List<Counted> before = List.of(DECISION, Counted.openClock("front-door", ClockRag.AMBER));
        List<Counted> after = List.of(DECISION, Counted.received(Measure.MANAGED_IN_TIME, DAY));

        assertThat(Tallies.difference(before, after)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Counted.openClock("front-door", ClockRag.AMBER), -1L,
                Counted.received(Measure.MANAGED_IN_TIME, DAY), 1L));
    }

    @Test
    void nothingMovesWhenTheFactsCountTheSame() {
        assertThat(Tallies.difference(List.of(DECISION), List.of(DECISION))).isEmpty();
    }
}
