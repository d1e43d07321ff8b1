package org.frontdoor.metrics;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus's own checker, {@code promtool check metrics}, for the services' scrape tests: exit
 * 0 for a clean scrape, 1 for text Prometheus cannot parse, 3 for lint findings (no help text,
 * units that are not base units, {@code _count} on a gauge, camel case, ...). It is found through
 * the environment variable PROMTOOL, else on the PATH; a test without it skips the check with
 * {@link #HOW_TO_INSTALL}.
 */
public record Promtool(Path executable) {

    public static final String HOW_TO_INSTALL = "promtool is not installed, so the scrape was not checked. "
            + "Set PROMTOOL to it or put it on the PATH. On Debian or Ubuntu: apt-get install prometheus; "
            + "or without installing: apt-get download prometheus && dpkg-deb -x prometheus_*.deb dir, "
            + "then PROMTOOL=dir/usr/bin/promtool";

    public static Optional<Promtool> installed() {
        String configured = System.getenv("PROMTOOL");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable).map(Promtool::new);
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "promtool"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Promtool::new);
    }

    /** Runs {@code promtool check metrics} on a scrape in Prometheus's text format. */
    public Verdict checkMetrics(String scrape) {
        try {
            Process process = new ProcessBuilder(executable.toString(), "check", "metrics")
                    .redirectErrorStream(true)
                    .start();
            try (OutputStream input = process.getOutputStream()) {
                input.write(scrape.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("promtool did not finish within a minute");
            }
            return new Verdict(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** promtool's exit code, and what it printed: one line per finding. */
    public record Verdict(int exitCode, String findings) {
    }
}
