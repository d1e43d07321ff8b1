package org.frontdoor.localstack;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ports the stack will listen on, with every "any free port" (0) already chosen. Each is
 * checked before anything starts, so a stack left running elsewhere is reported at once
 * rather than as a service that never becomes healthy.
 */
record StackPorts(int kafka, int controller, int identity, Map<FrontDoorService, Integer> services) {

    static StackPorts choose(LocalStackOptions options) {
        Set<Integer> taken = new HashSet<>();
        int kafka = chosen(options.kafka().port(), taken);
        int controller = chosen(options.kafka().controllerPort(), taken);
        int identity = chosen(options.identity().port(), taken);
        Map<FrontDoorService, Integer> services = new EnumMap<>(FrontDoorService.class);
        options.services().forEach((service, settings) -> services.put(service, chosen(settings.port(), taken)));
        StackPorts ports = new StackPorts(kafka, controller, identity, Collections.unmodifiableMap(services));
        ports.requireFree();
        return ports;
    }

    private void requireFree() {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        wanted.put(kafka, "Kafka");
        wanted.put(controller, "the Kafka controller");
        wanted.put(identity, LocalIdentity.MODULE_NAME);
        services.forEach((service, port) -> wanted.put(port, service.moduleName()));
        StringBuilder busy = new StringBuilder();
        wanted.forEach((port, user) -> {
            if (!FreePort.isFree(port)) {
                busy.append(busy.isEmpty() ? "" : ", ").append(port).append(" (").append(user).append(')');
            }
        });
        if (!busy.isEmpty()) {
            throw new StackStartFailure("These ports are already in use: " + busy + ". Is another local stack still running?",
                    "Stop whatever holds them, or choose other ports with local-stack.kafka.port, "
                            + "local-stack.kafka.controller-port, local-stack.identity.port and local-stack.services.<service>.port.");
        }
    }

    private static int chosen(int configured, Set<Integer> taken) {
        if (configured != 0 && taken.contains(configured)) {
            throw new StackStartFailure("Port " + configured + " is configured for two listeners.",
                    "Give each of Kafka, its controller, the identity provider and the services a port of its own.");
        }
        int port = configured;
        // Two picks in a row can land on the same port; each listener needs its own.
        while (port == 0 || (configured == 0 && taken.contains(port))) {
            port = FreePort.pick();
        }
        taken.add(port);
        return port;
    }
}
