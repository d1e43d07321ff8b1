package org.frontdoor.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The command line that runs one service, or the identity provider, in its own JVM, as
 * production runs a service, from its runnable jar. Spring Boot's {@code PropertiesLauncher}
 * (present in every Boot jar) starts the jar's application with any further jars added through
 * {@code loader.path}: that is how the shared clock reaches a service without being part of it.
 *
 * @param java the java executable
 * @param jvmOptions heap and other JVM options
 * @param jar the runnable jar
 * @param loaderPath further jars for the application's class path: the shared clock's, for a service
 * @param properties Spring properties, passed as {@code --name=value}
 */
record ServiceCommand(Path java, List<String> jvmOptions, Path jar, List<Path> loaderPath, Map<String, String> properties) {

    static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    // The stack and the benchmarks run against it call far faster than any person does; a
    // service's own per-client limits (20/s, burst 100) would throttle them, not protect them.
    static final String RATE_LIMIT_BURST = "10000";
    static final String RATE_LIMIT_PER_SECOND = "5000";

    /** What every service needs to join the stack; extra properties come last and win. */
    static ServiceCommand forService(FrontDoorService service, int port, String bootstrapServers, URI issuer, DataDirectory data,
            StackArtifacts artifacts, LocalStackOptions options) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.kafka.streams.state-dir", data.streamsState(service).toString());
        properties.put("frontdoor.local-clock.file", data.clockOffsetFile().toString());
        properties.put("frontdoor.security.token.issuer", issuer.toString());
        properties.put("frontdoor.security.rate-limit.burst", RATE_LIMIT_BURST);
        properties.put("frontdoor.security.rate-limit.requests-per-second", RATE_LIMIT_PER_SECOND);
        // One broker: one copy of each partition, acknowledged by that one (production keeps 3 and needs 2).
        properties.put("frontdoor.topics.replication-factor", "1");
        properties.put("frontdoor.topics.min-insync-replicas", "1");
        if (service == FrontDoorService.TRIAGE_SERVICE) {
            // Its child-identity secret, as a mounted secret is given: a file named after the variable.
            properties.put("spring.config.import", "configtree:" + data.triageSecrets() + "/");
        }
        properties.putAll(options.services().get(service).properties());
        return new ServiceCommand(thisJava(), options.serviceJvmOptions(), artifacts.serviceJars().get(service),
                List.of(artifacts.localClockJar()), properties);
    }

    /** The identity provider issues tokens naming the issuer the services trust, signed with a key kept in the data directory. */
    static ServiceCommand forIdentity(int port, DataDirectory data, StackArtifacts artifacts, LocalStackOptions options) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(port));
        properties.put("local-identity.issuer", LocalIdentity.issuerOn(port).toString());
        properties.put("local-identity.key-file", data.identitySigningKey().toString());
        return new ServiceCommand(thisJava(), options.serviceJvmOptions(), artifacts.identityJar(), List.of(), properties);
    }

    List<String> commandLine() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        if (!loaderPath.isEmpty()) {
            command.add("-Dloader.path=" + loaderPath.stream().map(Path::toString).collect(Collectors.joining(",")));
        }
        command.add("-cp");
        command.add(jar.toString());
        command.add(PROPERTIES_LAUNCHER);
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        return command;
    }

    /** The services run on the JDK the stack runs on. */
    private static Path thisJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
