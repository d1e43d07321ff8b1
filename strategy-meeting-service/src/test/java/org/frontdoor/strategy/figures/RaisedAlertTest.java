package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RaisedAlertTest {

    @Test
    void the_cycle_is_read_from_the_alert_id() {
        assertThat(RaisedAlert.of(Alerts.raised(ClockType.REVIEW_CONFERENCE, 3, AlertKind.BREACHED, "2027-05-10")))
                .contains(new RaisedAlert(ClockType.REVIEW_CONFERENCE, 3, AlertKind.BREACHED, LocalDate.parse("2027-05-10")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-1", "case-1:ICPC:one:BREACHED", "case-1:CORE_GROUP:1:BREACHED", "case-1:ICPC:1:AT_RISK", ":::"})
    void an_alert_whose_id_does_not_name_its_clock_cycle_and_kind_is_not_read(String alertId) {
        assertThat(RaisedAlert.of(Alerts.withId(alertId, ClockType.ICPC, AlertKind.BREACHED, "2026-11-30"))).isEmpty();
    }
}
