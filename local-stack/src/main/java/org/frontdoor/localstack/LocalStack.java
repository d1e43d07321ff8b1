package org.frontdoor.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the front door on one machine: the identity provider in its own JVM and a Kafka
 * broker in this one; once the identity provider is UP, the four services, each in its own JVM
 * from its runnable jar, all at once, trusting its tokens. Returns when every service reports
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
            ServiceProcess identity = launchIdentity(stack, ports, data, artifacts, options);
            // The broker starts in this JVM while the identity provider's JVM starts beside it.
            KafkaBroker broker = KafkaBroker.start(data.kafka(), ports.kafka(), ports.controller());
            stack.attach(broker);
            // A service asks the issuer for its keys at its first request, not at start; waiting
            // for it first still means a broken identity provider stops the start before four
            // services have been started for nothing.
            awaitUp(stack, List.of(identity), began, options.readyTimeout());
            List<ServiceProcess> services = launchServices(stack, broker, identity.url(), ports, data, artifacts, options);
            awaitUp(stack, services, began, options.readyTimeout());
            stack.started(Duration.ofNanos(System.nanoTime() - began));
            return stack;
        }
        catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private static ServiceProcess launchIdentity(RunningStack stack, StackPorts ports, DataDirectory data, StackArtifacts artifacts,
            LocalStackOptions options) {
        ServiceCommand command = ServiceCommand.forIdentity(ports.identity(), data, artifacts, options);
        ServiceProcess identity = ServiceProcess.launch(LocalIdentity.MODULE_NAME, command, data.identityHome(), data.freshIdentityLog(),
                LocalIdentity.issuerOn(ports.identity()));
        stack.attachIdentity(identity);
        return identity;
    }

    private static List<ServiceProcess> launchServices(RunningStack stack, KafkaBroker broker, URI issuer, StackPorts ports,
            DataDirectory data, StackArtifacts artifacts, LocalStackOptions options) {
        List<ServiceProcess> services = new ArrayList<>();
        for (FrontDoorService service : FrontDoorService.values()) {
            int port = ports.services().get(service);
            ServiceCommand command = ServiceCommand.forService(service, port, broker.bootstrapServers(), issuer, data, artifacts, options);
            ServiceProcess process = ServiceProcess.launch(service.moduleName(), command, data.home(service), data.freshLog(service),
                    URI.create("http://localhost:" + port));
            stack.attach(service, process);
            services.add(process);
        }
        return services;
    }

    /** Where the stack keeps its data, made absolute the same way {@link #start} does. */
    public static Path dataDirectory(LocalStackOptions options) {
        return repositoryRoot(options).resolve(options.dataDirectory()).toAbsolutePath().normalize();
    }

    private static Path repositoryRoot(LocalStackOptions options) {
        return options.repositoryRoot() != null ? options.repositoryRoot() : StackArtifacts.repositoryRootAbove(Path.of(""));
    }

    private static void awaitUp(RunningStack stack, List<ServiceProcess> processes, long began, Duration timeout) {
        HealthProbe probe = new HealthProbe();
        List<ServiceProcess> starting = new ArrayList<>(processes);
        long deadline = began + timeout.toNanos();
        while (!starting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(starting)) {
                if (!service.isAlive()) {
                    throw new StackStartFailure(service.exitDescription(), "Read its log for the cause.");
                }
                if (probe.isUp(service.url())) {
                    starting.remove(service);
                    log.info("{} is UP after {} s", service.moduleName(), seconds(System.nanoTime() - began));
                }
            }
            if (!stack.isRunning()) {
                throw RunningStack.stoppedWhileStarting();
            }
            if (!starting.isEmpty() && System.nanoTime() > deadline) {
                throw new StackStartFailure(notUp(starting, timeout),
                        "Read the logs. If they are only slow, give them longer with local-stack.ready-timeout.");
            }
            pause();
        }
    }

    private static String notUp(List<ServiceProcess> starting, Duration timeout) {
        StringBuilder problem = new StringBuilder("Not UP within " + timeout.toSeconds() + " s:");
        starting.forEach(service -> problem.append(System.lineSeparator()).append("  ")
                .append(service.moduleName()).append(", log ").append(service.logFile()));
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
