package org.frontdoor.metrics;

import java.util.Map;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Renames the gauges whose names end in {@code count}: in Prometheus a {@code _count} suffix
 * belongs to a histogram's or summary's number of observations, and a gauge named so would be
 * misread as one. The values are unchanged.
 */
final class CountSuffix implements MeterFilter {

    /**
     * Name endings and what they become: every Kafka client's open connections, the records a Kafka
     * Streams task holds in its buffers (registered only once tasks have buffered records, so a
     * scrape just after start does not show it), and the processors the JVM may use.
     */
    private static final Map<String, String> RENAMED_ENDINGS = Map.of(
            ".connection.count", ".connections",
            "stream.task.active.buffer.count", "stream.task.active.buffered.records",
            "system.cpu.count", "system.cpu.processors");

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = id.getName();
        for (Map.Entry<String, String> ending : RENAMED_ENDINGS.entrySet()) {
            if (name.endsWith(ending.getKey())) {
                return id.withName(name.substring(0, name.length() - ending.getKey().length()) + ending.getValue());
            }
        }
        return id;
    }
}
