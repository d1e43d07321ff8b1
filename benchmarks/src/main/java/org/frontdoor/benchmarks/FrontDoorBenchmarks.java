package org.frontdoor.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.frontdoor.localstack.FrontDoorService;

/**
 * Runs every benchmark against one local stack and prints each figure beside its baseline,
 * measured in the same run on the same broker:
 * <ol>
 *   <li>throughput: contacts a second from the HTTP request to the triage decision being readable,
 *       against records a second through the broker alone (acks=all producer to read-committed consumer);</li>
 *   <li>latency at a steady load: median and p99 from request to decision, against the broker's
 *       own produce-to-consume latency at the same rate;</li>
 *   <li>memory: each service's resident memory under that load, against the same process idle.</li>
 * </ol>
 * Sizes can be changed with system properties (benchmarks.contacts, benchmarks.clients,
 * benchmarks.steady-seconds, benchmarks.baseline-records).
 */
public final class FrontDoorBenchmarks {

    static final String RERUN = "./mvnw -q -DskipTests -Pbenchmarks verify";

    private FrontDoorBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = Integer.getInteger("benchmarks.contacts", 3000);
        int clients = Integer.getInteger("benchmarks.clients", 16);
        Duration steady = Duration.ofSeconds(Integer.getInteger("benchmarks.steady-seconds", 45));
        int baselineRecords = Integer.getInteger("benchmarks.baseline-records", 50_000);

        List<String> report = new ArrayList<>();
        long began = System.nanoTime();
        try (BenchmarkStack stack = BenchmarkStack.start()) {
            report.add("Stack started in %.1f s".formatted(stack.stack().startupTime().toMillis() / 1000.0));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String token = DemoClient.token(http, stack.tokenEndpoint(), "front-door-demo");
            ContactLoad load = new ContactLoad(http, stack.service(FrontDoorService.CONTACT_INTAKE_SERVICE), token,
                    new SampleContacts(Long.toString(System.currentTimeMillis(), 36)));
            try (DecisionWatch decisions = new DecisionWatch(stack.bootstrapServers());
                 ServiceMemory memory = new ServiceMemory(stack)) {
                Map<FrontDoorService, Long> idle = memory.now();

                // Warm-up: let the JIT and the stores settle before anything is measured.
                decisions.awaitAll(load.flood(300, clients / 2), Duration.ofMinutes(3));
                memory.watchPeaks();

                long floodStart = System.nanoTime();
                Map<String, Long> flooded = load.flood(contacts, clients);
                long lastDecision = decisions.awaitAll(flooded, Duration.ofMinutes(5));
                double contactsPerSecond = flooded.size() / ((lastDecision - floodStart) / 1e9);

                int rate = (int) Math.max(5, Math.min(50, Math.round(contactsPerSecond / 4)));
                Map<String, Long> paced = load.steady(rate, steady);
                decisions.awaitAll(paced, Duration.ofMinutes(3));
                Map<String, Long> decidedAt = decisions.decided(paced.keySet());
                Latencies endToEnd = Latencies.of(paced.entrySet().stream()
                        .map(sent -> (decidedAt.get(sent.getKey()) - sent.getValue()) / 1e6).toList());
                Map<FrontDoorService, Long> underLoad = memory.peaks();

                BrokerBaseline broker = new BrokerBaseline(stack.bootstrapServers(), new SampleContacts("size").contact(0).length());
                double brokerPerSecond = broker.throughput(baselineRecords);
                Latencies brokerLatency = broker.latency(rate, Duration.ofSeconds(20));

                report.add("");
                report.add("| benchmark | Front Door | baseline (broker alone, same run) | ratio |");
                report.add("|---|---|---|---|");
                report.add("| throughput, HTTP request to triage decision (%d contacts, %d clients) | %.0f contacts/s | %.0f records/s | %.3f |"
                        .formatted(flooded.size(), clients, contactsPerSecond, brokerPerSecond, contactsPerSecond / brokerPerSecond));
                report.add("| latency at %d contacts/s for %d s, median | %.1f ms | %.1f ms | %.1f |"
                        .formatted(rate, steady.toSeconds(), endToEnd.median(), brokerLatency.median(), endToEnd.median() / brokerLatency.median()));
                report.add("| latency at %d contacts/s for %d s, p99 | %.1f ms | %.1f ms | %.1f |"
                        .formatted(rate, steady.toSeconds(), endToEnd.p99(), brokerLatency.p99(), endToEnd.p99() / brokerLatency.p99()));
                report.add("");
                report.add("| service | resident memory idle | peak under load | ratio |");
                report.add("|---|---|---|---|");
                for (FrontDoorService service : FrontDoorService.values()) {
                    Long before = idle.get(service);
                    Long peak = underLoad.get(service);
                    report.add(before == null || peak == null
                            ? "| %s | unknown | unknown | |".formatted(service.moduleName())
                            : "| %s | %d MiB | %d MiB | %.2f |".formatted(service.moduleName(), before, peak, peak / (double) before));
                }
                report.add("");
                report.add("Contacts refused during the run: %d (expected 0).".formatted(load.refused()));
            }
        }
        report.add("Run on %d cores at %s in %d s. Rerun: %s".formatted(Runtime.getRuntime().availableProcessors(),
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), Math.round((System.nanoTime() - began) / 1e9), RERUN));
        print(report);
    }

    private static void print(List<String> report) throws IOException {
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        System.out.println();
        System.out.println("Front Door benchmarks");
        System.out.print(text);
        Path saved = Path.of("benchmarks", "target", "benchmark-report.md");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, text);
        System.out.println("Saved to " + saved);
    }
}
