package org.frontdoor.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code /actuator/health} is open, so that the platform's probes need no token, but its details
 * (which components there are, Kafka Streams' state, disk space) are for the MONITORING role
 * only: they tell a stranger what the service runs on and when it is weak. Everyone else sees
 * only the status, which is all a probe reads. This is set here, ahead of every other source of
 * configuration, because it is a security rule rather than a service's choice: a service cannot
 * show its details to everyone by setting {@code show-details: always}.
 */
final class HealthDetailsForMonitoring implements EnvironmentPostProcessor {

    static final String SOURCE = "frontdoorHealthDetailsForMonitoring";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                "management.endpoint.health.show-details", "when-authorized",
                "management.endpoint.health.show-components", "when-authorized",
                "management.endpoint.health.roles", FrontDoorRole.MONITORING.authority())));
    }
}
