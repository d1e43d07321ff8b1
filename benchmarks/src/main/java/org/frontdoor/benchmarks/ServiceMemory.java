package org.frontdoor.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.frontdoor.localstack.FrontDoorService;

/**
 * The resident memory (RSS, what the operating system has given the JVM) of each service
 * process, read from /proc: the honest figure for sizing a container, heap and all.
 */
final class ServiceMemory implements AutoCloseable {

    private final Map<FrontDoorService, Long> pids = new EnumMap<>(FrontDoorService.class);
    private final Map<FrontDoorService, Long> peak = new EnumMap<>(FrontDoorService.class);
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    ServiceMemory(BenchmarkStack stack) {
        for (FrontDoorService service : FrontDoorService.values()) {
            String port = "--server.port=" + stack.service(service).getPort();
            ProcessHandle.allProcesses()
                    .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(port)).orElse(false))
                    .findFirst()
                    .ifPresent(p -> pids.put(service, p.pid()));
        }
    }

    /** Each service's resident memory now, in MiB. */
    Map<FrontDoorService, Long> now() {
        Map<FrontDoorService, Long> rss = new EnumMap<>(FrontDoorService.class);
        pids.forEach((service, pid) -> residentMib(pid).ifPresent(mib -> rss.put(service, mib)));
        return rss;
    }

    /** Starts noting each service's highest resident memory, once a second. */
    void watchPeaks() {
        sampler.scheduleAtFixedRate(() -> now().forEach((service, mib) -> peak.merge(service, mib, Math::max)),
                0, 1, TimeUnit.SECONDS);
    }

    Map<FrontDoorService, Long> peaks() {
        return Map.copyOf(peak);
    }

    private static Optional<Long> residentMib(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process has gone: that service's memory is reported as unknown.
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
