package org.frontdoor.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to run the local stack. The console binds it from {@code local-stack.*}; a test builds
 * it with {@link #defaults()} and the {@code with...} methods. Any value left out takes the
 * default given here, and a port of 0 means "any free port", chosen at start.
 *
 * @param dataDirectory where the broker's log, the services' state, the clock offset and the
 *        logs live; relative to the repository root
 * @param clean whether to delete the data directory first, for a stack with no history
 * @param repositoryRoot where the modules' {@code target/} jars are; by default the nearest
 *        directory holding {@code mvnw} above the working directory
 * @param kafka the broker's ports
 * @param identity the identity provider's port
 * @param serviceJvmOptions options for every service JVM (and the identity provider's), such as its heap
 * @param readyTimeout how long the identity provider and the services together may take to report UP
 * @param services each service's port and any further properties it should receive
 */
@ConfigurationProperties("local-stack")
public record LocalStackOptions(
        Path dataDirectory,
        boolean clean,
        Path repositoryRoot,
        Kafka kafka,
        Identity identity,
        List<String> serviceJvmOptions,
        Duration readyTimeout,
        Map<FrontDoorService, Service> services) {

    // Four service JVMs and the broker share two cores: C1-only compilation and the serial
    // collector start the services there in about 60% of the time (measured: UP in 38-41 s
    // against 71-88 s), at no cost that matters on a developer's machine.
    private static final List<String> DEFAULT_SERVICE_JVM_OPTIONS =
            List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    public LocalStackOptions {
        dataDirectory = dataDirectory != null ? dataDirectory : Path.of(".local-stack");
        kafka = kafka != null ? kafka : new Kafka(null, null);
        identity = identity != null ? identity : new Identity(null);
        serviceJvmOptions = serviceJvmOptions != null ? List.copyOf(serviceJvmOptions) : DEFAULT_SERVICE_JVM_OPTIONS;
        readyTimeout = readyTimeout != null ? readyTimeout : Duration.ofMinutes(3);
        services = everyService(services);
    }

    public static LocalStackOptions defaults() {
        return new LocalStackOptions(null, false, null, null, null, null, null, null);
    }

    public LocalStackOptions withDataDirectory(Path directory) {
        return new LocalStackOptions(directory, clean, repositoryRoot, kafka, identity, serviceJvmOptions, readyTimeout, services);
    }

    public LocalStackOptions withClean(boolean startClean) {
        return new LocalStackOptions(dataDirectory, startClean, repositoryRoot, kafka, identity, serviceJvmOptions, readyTimeout, services);
    }

    public LocalStackOptions withRepositoryRoot(Path root) {
        return new LocalStackOptions(dataDirectory, clean, root, kafka, identity, serviceJvmOptions, readyTimeout, services);
    }

    /** The same stack on ports chosen at start, so it can run beside anything else. */
    public LocalStackOptions onFreePorts() {
        Map<FrontDoorService, Service> anyPort = new EnumMap<>(FrontDoorService.class);
        services.forEach((service, settings) -> anyPort.put(service, new Service(0, settings.properties())));
        return new LocalStackOptions(dataDirectory, clean, repositoryRoot, new Kafka(0, 0), new Identity(0), serviceJvmOptions,
                readyTimeout, anyPort);
    }

    /** Adds a property passed to one service as {@code --name=value}. */
    public LocalStackOptions withServiceProperty(FrontDoorService service, String name, String value) {
        Map<FrontDoorService, Service> changed = new EnumMap<>(services);
        Service settings = services.get(service);
        Map<String, String> properties = new LinkedHashMap<>(settings.properties());
        properties.put(name, value);
        changed.put(service, new Service(settings.port(), properties));
        return new LocalStackOptions(dataDirectory, clean, repositoryRoot, kafka, identity, serviceJvmOptions, readyTimeout, changed);
    }

    private static Map<FrontDoorService, Service> everyService(Map<FrontDoorService, Service> configured) {
        Map<FrontDoorService, Service> all = new EnumMap<>(FrontDoorService.class);
        for (FrontDoorService service : FrontDoorService.values()) {
            Service settings = configured != null ? configured.get(service) : null;
            all.put(service, settings != null ? settings.orStandardPortOf(service) : new Service(service.standardPort(), null));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * @param port the client listener, 9092 by default
     * @param controllerPort the KRaft controller listener, 9093 by default
     */
    public record Kafka(Integer port, Integer controllerPort) {

        public Kafka {
            port = port != null ? port : 9092;
            controllerPort = controllerPort != null ? controllerPort : 9093;
        }
    }

    /** @param port the identity provider's HTTP port, 9000 by default; its issuer URI is {@code http://localhost:<port>} */
    public record Identity(Integer port) {

        public Identity {
            port = port != null ? port : LocalIdentity.STANDARD_PORT;
        }
    }

    /**
     * @param port the service's HTTP port, its standard port by default
     * @param properties further Spring properties for the service, passed as {@code --name=value}
     */
    public record Service(Integer port, Map<String, String> properties) {

        public Service {
            properties = Collections.unmodifiableSortedMap(properties != null ? new TreeMap<>(properties) : new TreeMap<>());
        }

        Service orStandardPortOf(FrontDoorService service) {
            return port != null ? this : new Service(service.standardPort(), properties);
        }
    }
}
