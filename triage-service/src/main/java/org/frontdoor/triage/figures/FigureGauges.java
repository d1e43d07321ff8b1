package org.frontdoor.triage.figures;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;

import org.frontdoor.events.ClockType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The current London month's figures, and the open clocks now, as gauges for the dashboards. They
 * are read from the tallies every {@code frontdoor.figures.gauge-refresh}, never per scrape, and
 * keep their last values while the tallies are being restored. Ratios run from 0 to 1 and are NaN
 * while there is nothing to divide by.
 */
@Component
class FigureGauges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FigureGauges.class);
    private static final String CLOCK = ClockType.CONTACT_DECISION.name();

    private final FigureQueries figures;
    private final FiguresProperties properties;
    private final AtomicReference<MonthFigures> month = new AtomicReference<>();
    private final MultiGauge contactsBySource;
    private final MultiGauge decisionsByRoute;
    private final MultiGauge openClocks;
    private volatile ScheduledExecutorService refresher;

    FigureGauges(FigureQueries figures, FiguresProperties properties, MeterRegistry meters) {
        this.figures = figures;
        this.properties = properties;
        this.contactsBySource = MultiGauge.builder("frontdoor.figures.contacts.received")
                .description("Contacts received this month, by referral source").register(meters);
        this.decisionsByRoute = MultiGauge.builder("frontdoor.figures.child.decisions")
                .description("Triage decisions (one per child per contact) this month, by route").register(meters);
        this.openClocks = MultiGauge.builder("frontdoor.figures.open.clocks")
                .description("Clocks running now, by RAG and team").register(meters);
        Gauge.builder("frontdoor.figures.late.entries", month, current -> current.get() == null ? Double.NaN
                        : current.get().contacts().lateEntries())
                .description("Contacts received this month that were recorded late, with a late-entry reason")
                .register(meters);
        Gauge.builder("frontdoor.figures.management.decisions.on.time.ratio", month, current -> ratio(current.get(),
                        thisMonth -> thisMonth.managementDecisionsInTime().numerator(),
                        thisMonth -> thisMonth.managementDecisionsInTime().denominator()))
                .description("Share of this month's decisions with a known outcome that a manager decided within one working day")
                .register(meters);
        Gauge.builder("frontdoor.figures.rereferral.ratio", month, current -> ratio(current.get(),
                        thisMonth -> thisMonth.reReferrals().reReferrals(), thisMonth -> thisMonth.reReferrals().referrals()))
                .description("Share of this month's referrals that are re-referrals").register(meters);
        Gauge.builder("frontdoor.figures.breaches", month, current -> current.get() == null ? Double.NaN
                        : current.get().breaches().get(ClockType.CONTACT_DECISION))
                .description("Clock breaches this month").tag("clock", CLOCK).register(meters);
    }

    void refresh() {
        try {
            MonthFigures current = figures.month(figures.currentMonth());
            OpenClocks open = figures.openClocks();
            contactsBySource.register(current.contacts().bySource().entrySet().stream()
                    .map(entry -> MultiGauge.Row.of(Tags.of("source", entry.getKey()), entry.getValue())).toList(), true);
            decisionsByRoute.register(current.childDecisions().byRoute().entrySet().stream()
                    .map(entry -> MultiGauge.Row.of(Tags.of("route", entry.getKey().name()), entry.getValue())).toList(), true);
            openClocks.register(open.byTeam().entrySet().stream().flatMap(team -> team.getValue().entrySet().stream()
                    .map(rag -> MultiGauge.Row.of(Tags.of("clock", CLOCK, "rag", rag.getKey().name(), "team", team.getKey()),
                            rag.getValue()))).toList(), true);
            month.set(current);
        } catch (FiguresUnavailableException restoring) {
            log.debug("Figure gauges keep their last values while the figures are restored");
        } catch (RuntimeException e) {
            // A failure must not end the schedule: the next refresh may well succeed.
            log.warn("Figure gauges could not be refreshed", e);
        }
    }

    private static double ratio(MonthFigures current, ToLongFunction<MonthFigures> numerator,
                                ToLongFunction<MonthFigures> denominator) {
        if (current == null || denominator.applyAsLong(current) == 0) {
            return Double.NaN;
        }
        return (double) numerator.applyAsLong(current) / denominator.applyAsLong(current);
    }

    @Override
    public void start() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "figure-gauges");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.gaugeRefresh().toMillis();
        scheduler.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
        refresher = scheduler;
    }

    @Override
    public void stop() {
        ScheduledExecutorService scheduler = refresher;
        refresher = null;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return refresher != null;
    }
}
