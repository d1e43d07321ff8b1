package org.frontdoor.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the front door on one machine: a Kafka broker in this JVM, then the four services,
 * each in its own JVM from its runnable jar, all at once. Returns when every service reports
 * UP, or fails with a {@link StackStartFailure} that says what to fix.
 *
 * <pre>{@code
 * try (RunningStack stack = LocalStack.start(LocalStackOptions.defaults().withDataDirectory(dir).onFreePorts())) {
 *     URI intake = stack.serviceUrl(FrontDoorService.CONTACT_INTAKE_SERVICE);
 *     stack.clock().advanceBy(Period.ofDays(16));
 * }
 * }</pre>
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private static final Duration HEALTH_POLL = Duration.ofMillis(500);

    private LocalStack() {
    }

    public static RunningStack start(LocalStackOptions options) {
        long began = System.nanoTime();
        Path repositoryRoot = repositoryRoot(options);
        StackArtifacts artifacts = StackArtifacts.locate(repositoryRoot, StackArtifacts.buildVersion());
        StackPorts ports = StackPorts.choose(options);
        DataDirectory data = DataDirectory.prepare(repositoryRoot.resolve(options.dataDirectory()), options.clean());
        RunningStack stack = new RunningStack(data);
        try {
            KafkaBroker broker = KafkaBroker.start(data.kafka(), ports.kafka(), ports.controller());
            stack.attach(broker);
            for (FrontDoorService service : FrontDoorService.values()) {
                int port = ports.services().get(service);
                ServiceCommand command = ServiceCommand.forService(service, port, broker.bootstrapServers(), data, artifacts, options);
                stack.attach(ServiceProcess.launch(service, command, data.home(service), data.freshLog(service),
                        URI.create("http://localhost:" + port)));
            }
            awaitUp(stack, began, options.readyTimeout());
            stack.started(Duration.ofNanos(System.nanoTime() - began));
            return stack;
        }
        catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Where the stack keeps its data, made absolute the same way {@link #start} does. */
    public static Path dataDirectory(LocalStackOptions options) {
        return repositoryRoot(options).resolve(options.dataDirectory()).toAbsolutePath().normalize();
    }

    private static Path repositoryRoot(LocalStackOptions options) {
        return options.repositoryRoot() != null ? options.repositoryRoot() : StackArtifacts.repositoryRootAbove(Path.of(""));
    }

    private static void awaitUp(RunningStack stack, long began, Duration timeout) {
        HealthProbe probe = new HealthProbe();
        List<ServiceProcess> starting = new ArrayList<>(stack.services());
        long deadline = began + timeout.toNanos();
        while (!starting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(starting)) {
                if (!service.isAlive()) {
                    throw new StackStartFailure(service.exitDescription(), "Read its log for the cause.");
                }
                if (probe.isUp(service.url())) {
                    starting.remove(service);
                    log.info("{} is UP after {} s", service.service().moduleName(), seconds(System.nanoTime() - began));
                }
            }
            if (!stack.isRunning()) {
                throw RunningStack.stoppedWhileStarting();
            }
            if (!starting.isEmpty() && System.nanoTime() > deadline) {
                throw new StackStartFailure(notUp(stack, starting, timeout),
                        "Read the logs. If they are only slow, give them longer with local-stack.ready-timeout.");
            }
            pause();
        }
    }

    private static String notUp(RunningStack stack, List<ServiceProcess> starting, Duration timeout) {
        StringBuilder problem = new StringBuilder("Not UP within " + timeout.toSeconds() + " s:");
        starting.forEach(service -> problem.append(System.lineSeparator()).append("  ")
                .append(service.service().moduleName()).append(", log ").append(stack.log(service.service())));
        return problem.toString();
    }

    private static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }

    private static void pause() {
        try {
            Thread.sleep(HEALTH_POLL.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RunningStack.stoppedWhileStarting();
        }
    }
}
