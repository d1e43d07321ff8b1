package org.frontdoor.metrics;

import java.util.Arrays;
import java.util.Set;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Drops the meters whose values are not in base units. The Kafka clients report some times in
 * nanoseconds or milliseconds and name the unit ({@code io-time-ns-avg}, {@code start-time-ms});
 * the JVM's compilation time is in milliseconds and the process's CPU time in nanoseconds.
 * Prometheus wants seconds, and a filter can rename a meter but not rescale it. Nothing of use
 * is lost: the same facts remain as ratios ({@code io-ratio}, {@code io-wait-ratio},
 * {@code process.cpu.usage}) or are not needed. Timers are not affected: Micrometer exports them in seconds.
 */
final class AbbreviatedUnits implements MeterFilter {

    /** promtool's list of unit abbreviations a metric name must not contain as a word. */
    private static final Set<String> ABBREVIATIONS = Set.of("s", "ms", "us", "ns", "sec", "b", "kb", "mb", "gb", "tb",
            "pb", "m", "h", "d");
    /** Base units Micrometer would append to the name, which promtool refuses as not being seconds. */
    private static final Set<String> TIME_UNITS_OTHER_THAN_SECONDS = Set.of("ms", "us", "ns", "milliseconds",
            "microseconds", "nanoseconds", "minutes", "hours", "days");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        if (id.getType() == Meter.Type.TIMER || id.getType() == Meter.Type.LONG_TASK_TIMER) {
            return MeterFilterReply.NEUTRAL;
        }
        boolean unitInName = Arrays.stream(id.getName().split("\\.")).anyMatch(ABBREVIATIONS::contains);
        boolean unitNotSeconds = id.getBaseUnit() != null && TIME_UNITS_OTHER_THAN_SECONDS.contains(id.getBaseUnit());
        return unitInName || unitNotSeconds ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }
}
