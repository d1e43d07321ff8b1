package org.frontdoor.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LocalStackOptionsTest {

    @Test
    void withNothingConfiguredRunsOnTheStandardPortsInTheProjectsDataDirectory() {
        LocalStackOptions options = bind(Map.of());

        assertThat(options.dataDirectory()).isEqualTo(Path.of(".local-stack"));
        assertThat(options.clean()).isFalse();
        assertThat(options.kafka().port()).isEqualTo(9092);
        assertThat(options.identity().port()).isEqualTo(9000);
        assertThat(options.services().get(FrontDoorService.CONTACT_INTAKE_SERVICE).port()).isEqualTo(8081);
        assertThat(options.services().get(FrontDoorService.NOTIFICATION_SERVICE).port()).isEqualTo(8084);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void bindsServicesByModuleNameAndKeepsTheOthersOnTheirStandardPorts() {
        LocalStackOptions options = bind(Map.of(
                "local-stack.clean", "true",
                "local-stack.kafka.port", "19092",
                "local-stack.identity.port", "19000",
                "local-stack.services.triage-service.port", "18082",
                "local-stack.services.triage-service.properties.logging.level.root", "debug"));

        assertThat(options.clean()).isTrue();
        assertThat(options.kafka().port()).isEqualTo(19092);
        assertThat(options.kafka().controllerPort()).isEqualTo(9093);
        assertThat(options.identity().port()).isEqualTo(19000);
        assertThat(options.services().get(FrontDoorService.TRIAGE_SERVICE).port()).isEqualTo(18082);
        assertThat(options.services().get(FrontDoorService.TRIAGE_SERVICE).properties()).containsEntry("logging.level.root", "debug");
        assertThat(options.services().get(FrontDoorService.CONTACT_INTAKE_SERVICE).port()).isEqualTo(8081);
    }

    @Test
    void onFreePortsLeavesEveryPortToBeChosenAtStart() {
        LocalStackOptions options = LocalStackOptions.defaults().onFreePorts();

        assertThat(options.kafka().port()).isZero();
        assertThat(options.kafka().controllerPort()).isZero();
        assertThat(options.identity().port()).isZero();
        assertThat(options.services().values()).allSatisfy(service -> assertThat(service.port()).isZero());
    }

    private static LocalStackOptions bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("local-stack", LocalStackOptions.class);
    }
}
