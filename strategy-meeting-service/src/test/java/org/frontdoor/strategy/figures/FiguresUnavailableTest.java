package org.frontdoor.strategy.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** While the figures topology is not running, nothing answers with a figure that could be wrong. */
class FiguresUnavailableTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path stateDir;

    private FiguresQueries queries() {
        return new FiguresQueries(Settings.streams(stateDir), CLOCK, Settings.STRATEGY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/figures?month=2026-11", "/api/v1/figures", "/api/v1/figures/open-clocks",
            "/api/v1/annex-a/section-47.csv?month=2026-11"})
    void every_endpoint_answers_503_with_retry_after_as_a_problem_detail(String path) throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new FiguresController(queries(), CLOCK, Settings.STRATEGY)).build();

        mvc.perform(get(path))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Temporarily unavailable"));
    }

    @Test
    void queries_refuse_rather_than_sum_part_of_the_partitions() {
        FiguresQueries queries = queries();

        assertThatThrownBy(() -> queries.month(YearMonth.of(2026, 11))).isInstanceOf(FiguresUnavailable.class);
        assertThatThrownBy(queries::openClocks).isInstanceOf(FiguresUnavailable.class);
        assertThatThrownBy(() -> queries.enquiriesStartedIn(YearMonth.of(2026, 11))).isInstanceOf(FiguresUnavailable.class);
    }

    @Test
    void the_gauges_read_not_a_number_and_the_open_clocks_refresh_keeps_what_it_had() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        FiguresMetrics metrics = new FiguresMetrics(registry, queries(), CLOCK, Settings.figures(stateDir));

        metrics.refreshOpenClocks();

        for (String name : List.of("frontdoor.figures.icpc.on.time.ratio", "frontdoor.figures.strategy.meetings",
                "frontdoor.figures.strategy.meetings.without.enquiry", "frontdoor.figures.breaches")) {
            assertThat(registry.find(name).gauges()).as(name).isNotEmpty().allSatisfy(gauge -> assertThat(gauge.value()).isNaN());
        }
        assertThat(registry.find("frontdoor.figures.strategy.meetings").gauges()).extracting(gauge -> gauge.getId().getTag("outcome"))
                .containsExactlyInAnyOrder("SECTION_47", "CHILD_IN_NEED", "NO_FURTHER_ACTION");
        assertThat(registry.find("frontdoor.figures.breaches").gauges()).extracting(gauge -> gauge.getId().getTag("clock"))
                .containsExactlyInAnyOrder("STRATEGY_MEETING", "ICPC", "CORE_GROUP", "REVIEW_CONFERENCE");
        assertThat(registry.find("frontdoor.figures.open.clocks").gauges()).isEmpty();
    }

    @Test
    void the_health_of_a_figures_topology_not_started_is_down() {
        HealthIndicator health = FiguresStreamsHealth.health(Settings.streams(stateDir));

        assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health(true).getDetails()).containsEntry("state", "NOT_CREATED");
    }

    @Test
    void the_open_clocks_refresh_runs_between_start_and_stop() {
        FiguresMetrics metrics = new FiguresMetrics(new SimpleMeterRegistry(), queries(), CLOCK, Settings.figures(stateDir));

        metrics.start();
        assertThat(metrics.isRunning()).isTrue();
        metrics.stop();
        assertThat(metrics.isRunning()).isFalse();
    }
}
