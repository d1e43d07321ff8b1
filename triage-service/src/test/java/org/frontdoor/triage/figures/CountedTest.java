package org.frontdoor.triage.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.frontdoor.events.Route;
import org.junit.jupiter.api.Test;

/** How tallies are keyed in their store. */
class CountedTest {

    @Test
    void aDatedTallysKeyStartsWithItsDateSoOnePrefixFindsAMonth() {
        assertThat(Counted.childDecision(LocalDate.of(2026, 11, 3), "2A", Route.MASH).key()).startsWith("2026-11-03|");
        assertThat(Counted.openClock("front-door", ClockRag.RED).key()).startsWith(Counted.UNDATED + "|");
    }

    @Test
    void noSourceCanMakeTwoDifferentTalliesShareAKey() {
        LocalDate day = LocalDate.of(2026, 11, 3);

        assertThat(Counted.childDecision(day, "A|MASH", Route.MASH).key())
                .isNotEqualTo(Counted.childDecision(day, "A", Route.MASH).key())
                .isNotEqualTo(Counted.contactReceived(day, "A|MASH").key());
    }
}
