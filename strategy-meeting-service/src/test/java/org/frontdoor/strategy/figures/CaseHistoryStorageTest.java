package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.strategy.cases.CaseFacts.icpc;
import static org.frontdoor.strategy.cases.CaseFacts.meeting;
import static org.frontdoor.strategy.cases.CaseFacts.opened;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Serde;
import org.frontdoor.events.AlertKind;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.IcpcOutcome;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.frontdoor.strategy.cases.CaseFacts;
import org.frontdoor.strategy.clock.ClockRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CaseHistoryStorageTest {

    private static final ClockRules RULES = ClockRules.defaults();

    @Test
    void a_history_is_stored_as_json_of_its_facts_only_and_read_back_whole() {
        CaseHistory history = CaseHistory.empty(CaseFacts.CASE_ID).after(opened("2026-11-09", false), RULES)
                .after(meeting("2026-11-09", StrategyMeetingOutcome.SECTION_47), RULES)
                .withAlert(Alerts.of(ClockType.ICPC, 1, AlertKind.BREACHED, "2026-11-30"))
                .after(icpc("2026-12-01", IcpcOutcome.CHILD_PROTECTION_PLAN), RULES);
        Serde<CaseHistory> serde = FiguresTopology.historySerde();

        byte[] stored = serde.serializer().serialize("figures", history);

        assertThat(serde.deserializer().deserialize("figures", stored)).isEqualTo(history);
        JsonNode json = JsonMapper.builder().build().readTree(new String(stored, StandardCharsets.UTF_8));
        assertThat(json.propertyNames()).containsExactlyInAnyOrder("caseId", "strategyCase", "meetings", "icpc", "alerts");
        assertThat(json.get("alerts").get(0).propertyNames()).containsExactlyInAnyOrder("clock", "cycle", "kind", "dueOn");
        assertThat(json.get("icpc").propertyNames()).containsExactlyInAnyOrder("heldOn", "result");
    }
}
