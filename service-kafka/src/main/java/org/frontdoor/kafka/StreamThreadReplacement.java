package org.frontdoor.kafka;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What a Kafka Streams application does when a stream thread dies of an exception: it starts a new
 * thread, which resumes from the last committed offsets (exactly-once means the failed attempt left
 * nothing behind), so the clocks keep running and the stores stay served.
 *
 * <p>A fault that recurs on every attempt (a record that always fails, a broken store) would
 * otherwise replace threads forever while looking alive. So the replacements within a sliding
 * window are bounded: past the budget the application shuts down, its state becomes ERROR, its
 * health DOWN, and an orchestrator restarts or an operator looks at it.
 */
public final class StreamThreadReplacement implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(StreamThreadReplacement.class);

    private final String application;
    private final StreamsSettings.ThreadReplacement budget;
    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();
    private final Counter replaced;
    private final Counter gaveUp;

    public StreamThreadReplacement(String application, StreamsSettings.ThreadReplacement budget, MeterRegistry meters) {
        // Real elapsed time: the services' own clock can be moved in the local stack.
        this(application, budget, Clock.systemUTC(), meters);
    }

    StreamThreadReplacement(String application, StreamsSettings.ThreadReplacement budget, Clock clock,
                            MeterRegistry meters) {
        this.application = application;
        this.budget = budget;
        this.clock = clock;
        this.replaced = counter(meters, application, "replaced");
        this.gaveUp = counter(meters, application, "shut_down");
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable failure) {
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(budget.window()))) {
            recent.removeFirst();
        }
        if (recent.size() >= budget.maxReplacements()) {
            gaveUp.increment();
            // The exception's type and stack, never a record's contents: messages may quote data.
            log.error("Kafka Streams application {} lost {} threads within {}; shutting it down",
                    application, recent.size() + 1, budget.window(), failure);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        recent.addLast(now);
        replaced.increment();
        log.error("Kafka Streams application {} lost a stream thread; replacing it ({} of {} within {})",
                application, recent.size(), budget.maxReplacements(), budget.window(), failure);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private static Counter counter(MeterRegistry meters, String application, String outcome) {
        return Counter.builder("frontdoor.streams.thread.failures")
                .description("Kafka Streams threads that died of an exception, by what was done about it")
                .tag("application", application)
                .tag("outcome", outcome)
                .register(meters);
    }
}
