package org.frontdoor.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started local stack: where each part listens, its data, its shared clock. Closing it stops
 * the services and the identity provider (gracefully, then by force) and then the broker, so
 * every service can commit its work to Kafka on the way down. It also closes itself when the
 * JVM shuts down (Ctrl-C).
 */
public final class RunningStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningStack.class);

    private final DataDirectory data;
    private final StackClock clock;
    private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");
    private final Map<FrontDoorService, ServiceProcess> services = new EnumMap<>(FrontDoorService.class);
    private ServiceProcess identity;
    private KafkaBroker broker;
    private boolean closed;
    private Duration startupTime;

    RunningStack(DataDirectory data) {
        this.data = data;
        this.clock = new StackClock(data.clockOffsetFile(), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
    }

    public URI serviceUrl(FrontDoorService service) {
        return serviceUrls().get(service);
    }

    public synchronized Map<FrontDoorService, URI> serviceUrls() {
        Map<FrontDoorService, URI> urls = new EnumMap<>(FrontDoorService.class);
        services.forEach((service, process) -> urls.put(service, process.url()));
        return Collections.unmodifiableMap(urls);
    }

    /** The identity provider: where demo clients get tokens, and the issuer every service trusts. */
    public synchronized URI issuer() {
        return identity.url();
    }

    public Path dataDirectory() {
        return data.root();
    }

    public Path logDirectory() {
        return data.logs();
    }

    public Path log(FrontDoorService service) {
        return data.log(service);
    }

    public StackClock clock() {
        return clock;
    }

    /** From the call to {@link LocalStack#start} until every service reported UP. */
    public Duration startupTime() {
        return startupTime;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Stopping the local stack");
        // The services need the identity provider only to check a new caller's token, and
        // stopping takes no new callers: all stop together.
        List<ServiceProcess> processes = processes();
        processes.forEach(ServiceProcess::signalStop);
        processes.forEach(ServiceProcess::awaitStopped);
        if (broker != null) {
            broker.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
        catch (IllegalStateException alreadyShuttingDown) {
            // Closing from the hook itself, or beside it: nothing left to unregister.
        }
        log.info("Local stack stopped; its data stays in {}", data.root());
    }

    synchronized void attach(KafkaBroker startedBroker) {
        broker = startedBroker;
        if (closed) {
            startedBroker.close();
            throw stoppedWhileStarting();
        }
    }

    synchronized void attachIdentity(ServiceProcess started) {
        identity = started;
        stopIfClosed(started);
    }

    synchronized void attach(FrontDoorService service, ServiceProcess started) {
        services.put(service, started);
        stopIfClosed(started);
    }

    private void stopIfClosed(ServiceProcess started) {
        if (closed) {
            started.signalStop();
            started.awaitStopped();
            throw stoppedWhileStarting();
        }
    }

    private List<ServiceProcess> processes() {
        List<ServiceProcess> processes = new ArrayList<>(services.values());
        if (identity != null) {
            processes.add(identity);
        }
        return processes;
    }

    /** True from start until {@link #close()}, even if a service has died meanwhile. */
    public synchronized boolean isRunning() {
        return !closed;
    }

    void started(Duration took) {
        startupTime = took;
    }

    static StackStartFailure stoppedWhileStarting() {
        return new StackStartFailure("The local stack was stopped while it was starting.", "Start it again when you are ready.");
    }
}
