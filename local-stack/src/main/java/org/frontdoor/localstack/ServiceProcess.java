package org.frontdoor.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One service, or the identity provider, running in its own JVM, its output going to its log file. */
final class ServiceProcess {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);

    // Long enough for a graceful Spring shutdown, which closes the Kafka Streams clients.
    private static final Duration GRACE = Duration.ofSeconds(30);

    private static final int EXIT_ON_CTRL_C = 130;

    private final String moduleName;
    private final Process process;
    private final Path logFile;
    private final URI url;
    private volatile boolean stopping;

    private ServiceProcess(String moduleName, Process process, Path logFile, URI url) {
        this.moduleName = moduleName;
        this.process = process;
        this.logFile = logFile;
        this.url = url;
        process.onExit().thenRun(this::reportIfUnexpected);
    }

    static ServiceProcess launch(String moduleName, ServiceCommand command, Path workingDirectory, Path logFile, URI url) {
        try {
            Process process = new ProcessBuilder(command.commandLine())
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            return new ServiceProcess(moduleName, process, logFile, url);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start " + moduleName, e);
        }
    }

    String moduleName() {
        return moduleName;
    }

    Path logFile() {
        return logFile;
    }

    URI url() {
        return url;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the service to shut down gracefully (SIGTERM), without waiting. */
    void signalStop() {
        stopping = true;
        process.destroy();
    }

    /** Waits for a graceful shutdown, then kills what is left. */
    void awaitStopped() {
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not stop within {} s; killing it", moduleName, GRACE.toSeconds());
                process.destroyForcibly().waitFor();
            }
        }
        catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    String exitDescription() {
        return moduleName + " has stopped (exit code " + process.exitValue() + "). Its log: " + logFile;
    }

    private void reportIfUnexpected() {
        // Ctrl-C in the terminal reaches the services too (one process group), and they may
        // exit with 130 before the stack has begun stopping them: that is no surprise.
        if (!stopping && process.exitValue() != EXIT_ON_CTRL_C) {
            String bar = "!".repeat(78);
            log.error("\n{}\n!! {}\n{}", bar, exitDescription(), bar);
        }
    }
}
