package org.frontdoor.triage.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The open clocks now, from the tallies of every partition. */
class OpenClocksTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void openClocksFromEveryPartitionAreAddedUpByRagAndTeam() {
        List<Tally> tallies = List.of(new Tally(Counted.openClock("front-door", ClockRag.RED), 2),
                new Tally(Counted.openClock("front-door", ClockRag.RED), 1),
                new Tally(Counted.openClock("front-door", ClockRag.GREEN), 4));

        OpenClocks open = OpenClocks.of(NOW, tallies);

        assertThat(open.total()).isEqualTo(7);
        assertThat(open.byRag()).containsExactlyInAnyOrderEntriesOf(Map.of(ClockRag.GREEN, 4L, ClockRag.AMBER, 0L, ClockRag.RED, 3L));
        assertThat(open.byTeam().get("front-door")).isEqualTo(open.byRag());
    }

    @Test
    void theFrontDoorTeamIsListedWithZerosWhenNothingIsOpen() {
        OpenClocks open = OpenClocks.of(NOW, List.of());

        assertThat(open.total()).isZero();
        assertThat(open.byTeam()).containsOnlyKeys("front-door");
        assertThat(open.byTeam().get("front-door")).containsValues(0L, 0L, 0L);
    }
}
