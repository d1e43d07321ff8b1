package org.frontdoor.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AlertFilterTest {

    private static final Alert ICPC_AT_RISK = new Alert("alert-1", "AT_RISK", "ICPC", "assessment-and-safeguarding",
            LocalDate.of(2026, 11, 23), Instant.parse("2026-11-20T09:00:00Z"), "case-1", null, "child-1");

    @Test
    void emptyOrAbsentListsMeanAll() {
        assertThat(new AlertFilter(null, Set.of(), null).matches(ICPC_AT_RISK)).isTrue();
    }

    @Test
    void everyGivenListMustMatch() {
        assertThat(new AlertFilter(Set.of("assessment-and-safeguarding"), Set.of("ICPC"), Set.of("AT_RISK", "BREACHED"))
                .matches(ICPC_AT_RISK)).isTrue();
        assertThat(new AlertFilter(Set.of("mash"), null, null).matches(ICPC_AT_RISK)).isFalse();
        assertThat(new AlertFilter(null, Set.of("CORE_GROUP"), null).matches(ICPC_AT_RISK)).isFalse();
        assertThat(new AlertFilter(null, null, Set.of("BREACHED")).matches(ICPC_AT_RISK)).isFalse();
    }
}
