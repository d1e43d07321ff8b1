package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.strategy.cases.CaseFacts.icpc;
import static org.frontdoor.strategy.cases.CaseFacts.icpcNotRequired;
import static org.frontdoor.strategy.cases.CaseFacts.meeting;
import static org.frontdoor.strategy.cases.CaseFacts.opened;

import java.time.LocalDate;

import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.strategy.cases.CaseFacts;
import org.frontdoor.strategy.clock.ClockRules;
import org.junit.jupiter.api.Test;

class EnquiryRowTest {

    private static final ClockRules RULES = ClockRules.defaults();
    private static final IcpcTimescale TIMESCALE = new IcpcTimescale(WorkingDayCalendar.englandAndWales());

    private static CaseHistory enquiryStartedOn(String date) {
        return CaseHistory.empty(CaseFacts.CASE_ID).after(opened(date, false), RULES)
                .after(meeting(date, StrategyMeetingOutcome.SECTION_47), RULES);
    }

    @Test
    void an_enquiry_whose_icpc_was_held_in_time() {
        EnquiryRow row = EnquiryRow.of(enquiryStartedOn("2026-11-09").after(icpc("2026-11-30", IcpcOutcome.CHILD_PROTECTION_PLAN), RULES),
                TIMESCALE);

        assertThat(row).isEqualTo(new EnquiryRow("child-1", CaseFacts.CASE_ID, LocalDate.parse("2026-11-09"),
                LocalDate.parse("2026-11-30"), 15, true, IcpcDecision.Result.CHILD_PROTECTION_PLAN, "assessment-and-safeguarding"));
    }

    @Test
    void an_icpc_recorded_after_its_breach_alert_is_not_in_time_though_its_date_was() {
        EnquiryRow row = EnquiryRow.of(enquiryStartedOn("2026-11-09")
                .withAlert(Alerts.of(ClockType.ICPC, 1, AlertKind.BREACHED, "2026-11-30"))
                .after(icpc("2026-11-30", IcpcOutcome.NO_PLAN), RULES), TIMESCALE);

        assertThat(row.workingDaysToIcpc()).isEqualTo(15);
        assertThat(row.icpcInTime()).isFalse();
    }

    @Test
    void an_enquiry_whose_icpc_was_not_required_or_is_awaited_has_no_icpc_date_days_or_judgement() {
        EnquiryRow notRequired = EnquiryRow.of(enquiryStartedOn("2026-11-09").after(icpcNotRequired("2026-11-12T10:00:00Z"), RULES),
                TIMESCALE);
        EnquiryRow awaited = EnquiryRow.of(enquiryStartedOn("2026-11-09"), TIMESCALE);

        assertThat(notRequired.icpcOn()).isNull();
        assertThat(notRequired.workingDaysToIcpc()).isNull();
        assertThat(notRequired.icpcInTime()).isNull();
        assertThat(notRequired.icpcOutcome()).isEqualTo(IcpcDecision.Result.NOT_REQUIRED);
        assertThat(awaited.icpcOutcome()).isNull();
        assertThat(awaited.icpcInTime()).isNull();
    }
}
