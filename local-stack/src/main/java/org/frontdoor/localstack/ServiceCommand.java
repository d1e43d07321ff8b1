package org.frontdoor.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line that runs one service in its own JVM, as production runs it, from its
 * runnable jar. Spring Boot's {@code PropertiesLauncher} (present in every Boot jar) starts
 * the jar's application with the shared-clock jar added through {@code loader.path}, so the
 * shared clock reaches the service without being part of it.
 *
 * @param java the java executable
 * @param jvmOptions heap and other JVM options
 * @param serviceJar the service's runnable jar
 * @param localClockJar the shared clock's jar
 * @param properties Spring properties, passed as {@code --name=value}
 */
record ServiceCommand(Path java, List<String> jvmOptions, Path serviceJar, Path localClockJar, Map<String, String> properties) {

    static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    /** What every service needs to join the stack; extra properties come last and win. */
    static ServiceCommand forService(FrontDoorService service, int port, String bootstrapServers, DataDirectory data,
            StackArtifacts artifacts, LocalStackOptions options) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.kafka.streams.state-dir", data.streamsState(service).toString());
        properties.put("frontdoor.local-clock.file", data.clockOffsetFile().toString());
        properties.putAll(options.services().get(service).properties());
        return new ServiceCommand(Path.of(System.getProperty("java.home"), "bin", "java"), options.serviceJvmOptions(),
                artifacts.serviceJars().get(service), artifacts.localClockJar(), properties);
    }

    List<String> commandLine() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-Dloader.path=" + localClockJar);
        command.add("-cp");
        command.add(serviceJar.toString());
        command.add(PROPERTIES_LAUNCHER);
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        return command;
    }
}
