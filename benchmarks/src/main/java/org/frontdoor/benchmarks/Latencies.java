package org.frontdoor.benchmarks;

import java.util.Collection;
import java.util.List;

/** A set of latency samples, in milliseconds, summarised as the benchmarks report them. */
record Latencies(int samples, double median, double p99, double max) {

    static Latencies of(Collection<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalStateException("No latency samples were taken");
        }
        List<Double> sorted = millis.stream().sorted().toList();
        return new Latencies(sorted.size(), at(sorted, 0.50), at(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double at(List<Double> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
