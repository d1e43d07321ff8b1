package org.frontdoor.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class RefusalAuditTest {

    static final Instant WINDOW_START = Instant.parse("2026-12-04T10:00:00Z");

    final AuditTrail trail = mock(AuditTrail.class);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    // The window never ends by itself here: the test ends it.
    final RefusalAudit audit = new RefusalAudit(trail, new TraceIds(Tracer.NOOP),
            new SecurityProperties.Audit(3, Duration.ofHours(1)), Clock.fixed(WINDOW_START, ZoneOffset.UTC), meters);

    @AfterEach
    void close() {
        audit.close();
    }

    @Test
    void aFloodOfRefusalsFromOneAddressIsItemisedUpToItsAllowanceAndSummarisedWhenTheWindowEnds() {
        for (int i = 0; i < 8; i++) {
            audit.refused(from("198.51.100.7"), Refusal.UNAUTHENTICATED);
        }
        audit.refused(from("198.51.100.7"), Refusal.TOO_MANY_REQUESTS);
        audit.refused(from("198.51.100.8"), Refusal.UNAUTHENTICATED);

        List<Access> itemised = recorded();
        assertThat(itemised).hasSize(4);
        assertThat(itemised).filteredOn(access -> access.clientAddress().equals("198.51.100.7")).hasSize(3)
                .allSatisfy(access -> assertThat(access.route()).isEqualTo("/api/v1/things/t-1"));
        assertThat(meters.get("frontdoor.audit.refusals.summarised").counter().count()).isEqualTo(6.0);

        audit.closeWindow();

        List<Access> summaries = recorded().stream().filter(access -> access.route().equals(RefusalAudit.SUMMARY)).toList();
        assertThat(summaries).extracting(Access::clientAddress, Access::status, Access::facts).containsExactlyInAnyOrder(
                tuple("198.51.100.7", 401,
                        Map.of("notItemised", "5", "windowStartedAt", WINDOW_START.toString())),
                tuple("198.51.100.7", 429,
                        Map.of("notItemised", "1", "windowStartedAt", WINDOW_START.toString())));
    }

    @Test
    void theNextWindowItemisesAnAddressesRefusalsAgain() {
        for (int i = 0; i < 4; i++) {
            audit.refused(from("198.51.100.9"), Refusal.FORBIDDEN);
        }
        audit.closeWindow();
        audit.refused(from("198.51.100.9"), Refusal.FORBIDDEN);

        assertThat(recorded()).filteredOn(access -> access.status() == 403 && !access.route().equals(RefusalAudit.SUMMARY))
                .hasSize(4);
    }

    @Test
    void aWindowEndsByItselfAndWritesItsSummaries() {
        try (RefusalAudit everyRefusalSummarised = new RefusalAudit(trail, new TraceIds(Tracer.NOOP),
                new SecurityProperties.Audit(0, Duration.ofMillis(100)), Clock.systemUTC(), meters)) {
            everyRefusalSummarised.refused(from("198.51.100.10"), Refusal.UNAUTHENTICATED);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(recorded()).singleElement()
                    .satisfies(summary -> assertThat(summary.facts()).containsEntry("notItemised", "1")));
        }
    }

    private List<Access> recorded() {
        ArgumentCaptor<Access> records = ArgumentCaptor.forClass(Access.class);
        verify(trail, atLeast(0)).record(records.capture());
        return records.getAllValues();
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/things/t-1");
        request.setRemoteAddr(address);
        return request;
    }
}
