package org.frontdoor.strategy.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.Route;
import org.frontdoor.events.StrategyCaseEvent;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.strategy.MovableClock;
import org.frontdoor.strategy.cases.StrategyCase;
import org.frontdoor.strategy.clock.ClockRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Not a test: a benchmark of one due check with 100,000 open cases, run on demand with
 * <pre>{@value #COMMAND}</pre>
 * (surefire runs only classes named *Test by default, so the normal build skips it).
 *
 * <p>100,000 cases are opened (see {@link #openCases}); their strategy meeting clocks fall due on different days: 10 at
 * the start of Tuesday 5 January 2027, 9,990 more (plus the 10 first ones' breaches) at the start
 * of Wednesday 6 January, the other 90,000 later. Each check is timed, and the bytes it allocates
 * are read from the JVM's per-thread allocation counter: the test driver runs the punctuation on
 * the calling thread.
 */
@Tag("benchmark")
class DueCheckBenchmark {

    static final String COMMAND = "./mvnw -q -pl strategy-meeting-service test -Dtest=DueCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false";

    private static final Duration DUE_CHECK = Duration.ofSeconds(5);
    private static final int CASES = 100_000;

    @Test
    void one_due_check_costs_in_proportion_to_the_clocks_falling_due() throws Exception {
        Path stateDir = Files.createTempDirectory("due-check-benchmark");
        MovableClock clock = new MovableClock(Instant.parse("2027-01-04T09:00:00Z"));
        StreamsBuilder builder = new StreamsBuilder();
        CaseTopology.build(builder, new CaseProcessing(ClockRules.defaults(), clock, DUE_CHECK, 1,
                "assessment-and-safeguarding", AlertListener.NONE));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "due-check-benchmark");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config, clock.instant())) {
            TestOutputTopic<String, TimescaleAlert> alerts = driver.createOutputTopic(Topics.STRATEGY_CASE_ALERTS.name(),
                    Topics.STRATEGY_CASE_ALERTS.keySerde().deserializer(), Topics.STRATEGY_CASE_ALERTS.valueSerde().deserializer());

            long openingStarted = System.nanoTime();
            openCases(driver);
            Duration opening = Duration.ofNanos(System.nanoTime() - openingStarted);

            // Warm-up checks with nothing due, then a measured one.
            for (int i = 0; i < 20; i++) {
                check(driver, clock, Instant.parse("2027-01-04T12:00:00Z"), alerts);
            }
            Measured nothingDue = check(driver, clock, Instant.parse("2027-01-04T18:00:00Z"), alerts);
            Measured tenDue = check(driver, clock, Instant.parse("2027-01-05T00:00:01Z"), alerts);
            Measured tenThousandDue = check(driver, clock, Instant.parse("2027-01-06T00:00:01Z"), alerts);

            assertThat(nothingDue.alerts()).isZero();
            assertThat(tenDue.alerts()).isEqualTo(10);
            assertThat(tenThousandDue.alerts()).isEqualTo(10_000);

            System.out.printf("%nDue check benchmark: %,d open cases (opened in %,d ms)%n", CASES, opening.toMillis());
            System.out.println(nothingDue.line("no clocks due"));
            System.out.println(tenDue.line("10 clocks due"));
            System.out.println(tenThousandDue.line("10,000 clocks due"));
            System.out.printf("Rerun with: %s%n%n", COMMAND);
        } finally {
            FileSystemUtils.deleteRecursively(stateDir);
        }
    }

    /**
     * Opens the cases straight into the stores, with the same fold and index updates as the case
     * keeper. Piping 100,000 decisions through the test driver would commit, flush RocksDB and
     * fsync checkpoints after every record (half an hour on the build machine), which measures
     * the driver, not the due check.
     */
    private static void openCases(TopologyTestDriver driver) {
        ClockRules rules = ClockRules.defaults();
        KeyValueStore<String, StrategyCase> cases = driver.getKeyValueStore(StoreNames.CASES);
        DueIndex dueIndex = new DueIndex(driver.getKeyValueStore(StoreNames.DUE_INDEX));
        KeyValueStore<String, String> lookup = driver.getKeyValueStore(StoreNames.LOOKUP);
        TriageProposals proposals = new TriageProposals("assessment-and-safeguarding");
        for (int i = 0; i < CASES; i++) {
            ChildTriaged decision = TriageFacts.triaged("bench-" + i, Route.STRATEGY_MEETING, decidedAt(i), false);
            StrategyCaseEvent opening = proposals.fromTriage(decision).get(0).value;
            StrategyCase opened = StrategyCase.opened(opening, rules);
            cases.put(opened.caseId(), opened);
            dueIndex.update(null, opened);
            CaseLookup.update(lookup, null, opened);
        }
    }

    /** 10 cases decided on Monday 4 January 2027, 9,990 on Tuesday 5th, the rest on later days. */
    private static Instant decidedAt(int index) {
        Instant monday = Instant.parse("2027-01-04T09:00:00Z");
        if (index < 10) {
            return monday;
        }
        if (index < 10_000) {
            return monday.plus(Duration.ofDays(1));
        }
        return monday.plus(Duration.ofDays(2 + index % 20));
    }

    private static Measured check(TopologyTestDriver driver, MovableClock clock, Instant at,
                                  TestOutputTopic<String, TimescaleAlert> alerts) {
        clock.set(at);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long started = System.nanoTime();
        driver.advanceWallClockTime(DUE_CHECK);
        long nanos = System.nanoTime() - started;
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        List<TimescaleAlert> raised = alerts.readValuesToList();
        return new Measured(raised.size(), nanos, allocated);
    }

    private record Measured(int alerts, long nanos, long allocatedBytes) {

        String line(String what) {
            return String.format("  %-18s %,8d alerts  %,10.2f ms  %,12d bytes allocated (%,.1f KiB per alert)", what + ":",
                    alerts, nanos / 1e6, allocatedBytes, alerts == 0 ? 0.0 : allocatedBytes / 1024.0 / alerts);
        }
    }
}
