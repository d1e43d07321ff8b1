package org.frontdoor.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Audits the refusals the security layer answers itself (400 from the firewall, 401, 403, 413,
 * 429) without letting a flood of them flood the trail or its queue. Each client address has a
 * number of itemised records per window; beyond that a refusal is only counted, and when the
 * window ends each address that was refused more is written once per status, as a summary record:
 * method and route {@code *}, and the facts {@code notItemised} (how many) and
 * {@code windowStartedAt}. An auditor thus sees every address that was refused, what it was
 * refused and how often, and the first refusals in full.
 */
final class RefusalAudit implements AutoCloseable {

    static final String SUMMARY = "*";

    private final AuditTrail trail;
    private final TraceIds traces;
    private final int perAddress;
    private final Clock clock;
    private final Counter notItemised;
    private final ScheduledExecutorService windows;
    private Map<String, Tally> window = new HashMap<>();
    private Instant windowStartedAt;

    RefusalAudit(AuditTrail trail, TraceIds traces, SecurityProperties.Audit limits, Clock clock, MeterRegistry meters) {
        this.trail = trail;
        this.traces = traces;
        this.perAddress = limits.refusalsPerAddress();
        this.clock = clock;
        this.windowStartedAt = clock.instant();
        this.notItemised = Counter.builder("frontdoor.audit.refusals.summarised")
                .description("Refusals audited only in their address's summary record, past the refusals it may have itemised in a window")
                .register(meters);
        this.windows = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-refusal-windows");
            thread.setDaemon(true);
            return thread;
        });
        long windowMillis = limits.refusalWindow().toMillis();
        windows.scheduleAtFixedRate(this::closeWindow, windowMillis, windowMillis, TimeUnit.MILLISECONDS);
    }

    /** Audits a refusal of this request. */
    void refused(HttpServletRequest request, Refusal refusal) {
        refused(Access.of(request, refusal.status().value(), traces.current()));
    }

    /** Audits a refusal whose record needs something other than the request's own route. */
    void refused(Access access) {
        if (itemised(access)) {
            trail.record(access);
        } else {
            notItemised.increment();
        }
    }

    private synchronized boolean itemised(Access access) {
        return window.computeIfAbsent(String.valueOf(access.clientAddress()), address -> new Tally()).count(access.status(), perAddress);
    }

    /** Writes the summaries of the window that ends now and starts the next; the scheduler calls it at every window's end. */
    void closeWindow() {
        Map<String, Tally> ended;
        Instant startedAt;
        synchronized (this) {
            ended = window;
            startedAt = windowStartedAt;
            window = new HashMap<>();
            windowStartedAt = clock.instant();
        }
        for (Access summary : summaries(ended, startedAt)) {
            trail.record(summary);
        }
    }

    private static List<Access> summaries(Map<String, Tally> ended, Instant startedAt) {
        List<Access> summaries = new ArrayList<>();
        ended.forEach((address, tally) -> tally.notItemised.forEach((status, count) -> summaries.add(
                new Access(null, SUMMARY, SUMMARY, address, null, status, Map.of(), Map.of(),
                        Map.of("notItemised", String.valueOf(count), "windowStartedAt", startedAt.toString())))));
        return summaries;
    }

    /** The last summaries are written: a clean shutdown loses no count. */
    @Override
    public void close() {
        windows.shutdownNow();
        closeWindow();
    }

    /** One address's refusals in the current window. */
    private static final class Tally {

        private int itemised;
        private final Map<Integer, Integer> notItemised = new TreeMap<>();

        /** Whether this refusal is itemised; if not, it is counted for the summary. */
        boolean count(int status, int allowance) {
            if (itemised < allowance) {
                itemised++;
                return true;
            }
            notItemised.merge(status, 1, Integer::sum);
            return false;
        }
    }
}
