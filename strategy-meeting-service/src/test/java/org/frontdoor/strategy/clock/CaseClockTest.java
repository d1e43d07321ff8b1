package org.frontdoor.strategy.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.events.AlertKind;
import org.junit.jupiter.api.Test;

class CaseClockTest {

    // Due Fri 9 Jan 2026, at risk from Tue 6 Jan, breaches at the start of Sat 10 Jan.
    private final CaseClock icpc = ClockRules.defaults().startIcpc(LocalDate.parse("2025-12-16"));

    @Test
    void a_milestone_on_the_due_date_itself_is_met() {
        CaseClock met = icpc.metOn(LocalDate.parse("2026-01-09"));

        assertThat(met.status()).isEqualTo(ClockStatus.MET);
        assertThat(met.metOn()).isEqualTo(LocalDate.parse("2026-01-09"));
        assertThat(met.pendingAlert()).isEmpty();
    }

    @Test
    void a_milestone_after_the_due_date_is_met_late() {
        assertThat(icpc.metOn(LocalDate.parse("2026-01-12")).status()).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void a_milestone_recorded_after_the_breach_alert_is_met_late_even_when_dated_in_time() {
        CaseClock breached = icpc.alerted(AlertKind.BREACHED);

        assertThat(breached.metOn(LocalDate.parse("2026-01-08")).status()).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void a_stopped_clock_raises_no_more_alerts() {
        CaseClock stopped = icpc.stopped();

        assertThat(stopped.status()).isEqualTo(ClockStatus.STOPPED);
        assertThat(stopped.metOn()).isNull();
        assertThat(stopped.pendingAlert()).isEmpty();
        assertThat(stopped.statusAt(Instant.parse("2026-02-01T00:00:00Z"))).isEqualTo(ClockStatus.STOPPED);
    }

    @Test
    void a_running_clock_warns_first_at_its_at_risk_moment_then_at_its_breach() {
        assertThat(icpc.pendingAlert()).hasValueSatisfying(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.AT_RISK);
            assertThat(alert.dueAt()).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
        });
        assertThat(icpc.alerted(AlertKind.AT_RISK).pendingAlert()).hasValueSatisfying(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.BREACHED);
            assertThat(alert.dueAt()).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
        });
        assertThat(icpc.alerted(AlertKind.BREACHED).pendingAlert()).isEmpty();
    }

    @Test
    void the_status_shown_follows_the_clock_through_its_at_risk_and_breach_moments() {
        assertThat(icpc.statusAt(Instant.parse("2026-01-05T23:59:59Z"))).isEqualTo(ClockStatus.RUNNING);
        assertThat(icpc.statusAt(Instant.parse("2026-01-06T00:00:00Z"))).isEqualTo(ClockStatus.AT_RISK);
        assertThat(icpc.statusAt(Instant.parse("2026-01-09T23:59:59Z"))).isEqualTo(ClockStatus.AT_RISK);
        assertThat(icpc.statusAt(Instant.parse("2026-01-10T00:00:00Z"))).isEqualTo(ClockStatus.BREACHED);
    }
}
