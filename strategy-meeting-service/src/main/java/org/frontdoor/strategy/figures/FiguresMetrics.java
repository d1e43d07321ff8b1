package org.frontdoor.strategy.figures;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.frontdoor.events.ClockType;
import org.frontdoor.events.StrategyMeetingOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The figures as gauges, for the current month in London by the service's clock (names fixed: a
 * dashboard is built against them):
 * {@code frontdoor.figures.icpc.on.time.ratio} (0 to 1; NaN with no ICPC yet this month),
 * {@code frontdoor.figures.strategy.meetings{outcome}},
 * {@code frontdoor.figures.strategy.meetings.without.enquiry},
 * {@code frontdoor.figures.breaches{clock}} and, now,
 * {@code frontdoor.figures.open.clocks{clock,rag,team}}.
 * Each reads the figures stores when scraped; NaN while the figures are unavailable.
 *
 * <p>Teams come from the data, so the open-clocks series are not known in advance: a refresh on a
 * schedule reads them and registers one series per clock, RAG and team ever seen.
 */
@Component
class FiguresMetrics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FiguresMetrics.class);

    private final FiguresQueries queries;
    private final Clock clock;
    private final FiguresSettings settings;
    private final MultiGauge openClocks;
    private ScheduledExecutorService refresher;

    FiguresMetrics(MeterRegistry registry, FiguresQueries queries, Clock clock, FiguresSettings settings) {
        this.queries = queries;
        this.clock = clock;
        this.settings = settings;
        gauge(registry, "frontdoor.figures.icpc.on.time.ratio", Tags.empty(),
                "Share of this month's ICPCs held within the timescale", figures -> figures.icpcsInTime().ratio());
        for (StrategyMeetingOutcome outcome : StrategyMeetingOutcome.values()) {
            gauge(registry, "frontdoor.figures.strategy.meetings", Tags.of("outcome", outcome.name()),
                    "Strategy meetings held this month", figures -> figures.strategyMeetings().byOutcome().get(outcome));
        }
        gauge(registry, "frontdoor.figures.strategy.meetings.without.enquiry", Tags.empty(),
                "Strategy meetings this month that did not lead to a section 47 enquiry",
                figures -> figures.strategyMeetings().withoutEnquiry());
        for (ClockType clockType : MonthFigures.CLOCKS) {
            gauge(registry, "frontdoor.figures.breaches", Tags.of("clock", clockType.name()),
                    "Clocks that breached this month", figures -> figures.breaches().get(clockType));
        }
        this.openClocks = MultiGauge.builder("frontdoor.figures.open.clocks")
                .description("Section 47 clocks open now, by clock, RAG and team")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, Tags tags, String description,
                       ToDoubleFunction<MonthFigures> figure) {
        Gauge.builder(name, () -> currentMonth(figure)).tags(tags).description(description).register(registry);
    }

    private double currentMonth(ToDoubleFunction<MonthFigures> figure) {
        try {
            return figure.applyAsDouble(queries.month(YearMonth.now(clock)));
        } catch (FiguresUnavailable e) {
            return Double.NaN;
        }
    }

    /** Registers the series of every clock, RAG and team counted so far, with their counts now. */
    void refreshOpenClocks() {
        try {
            List<OpenClocks.Row> rows = queries.openClocksEverCounted();
            openClocks.register(rows.stream()
                    .map(row -> MultiGauge.Row.of(Tags.of("clock", row.clock().name(), "rag", row.rag().name(), "team", row.team()),
                            row.count()))
                    .toList(), true);
        } catch (FiguresUnavailable e) {
            log.debug("Open clocks not refreshed: the figures are unavailable");
        }
    }

    @Override
    public void start() {
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "figures-open-clocks-gauge");
            thread.setDaemon(true);
            return thread;
        });
        long millis = settings.openClocksRefresh().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshOpenClocks, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        refresher.shutdownNow();
        refresher = null;
    }

    @Override
    public boolean isRunning() {
        return refresher != null;
    }
}
