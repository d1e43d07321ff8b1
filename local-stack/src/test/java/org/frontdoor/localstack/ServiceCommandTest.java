package org.frontdoor.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceCommandTest {

    private final DataDirectory data = new DataDirectory(Path.of("/stack"));
    private final StackArtifacts artifacts = new StackArtifacts(Path.of("/repo/local-clock/target/local-clock-1.0.jar"),
            Map.of(FrontDoorService.TRIAGE_SERVICE, Path.of("/repo/triage-service/target/triage-service-1.0-exec.jar")));

    @Test
    void runsTheServicesOwnJarWithTheSharedClockOnItsLoaderPath() {
        List<String> command = ServiceCommand.forService(FrontDoorService.TRIAGE_SERVICE, 8082, "localhost:9092", data, artifacts,
                LocalStackOptions.defaults()).commandLine();

        assertThat(command).containsSubsequence(
                "-Dloader.path=/repo/local-clock/target/local-clock-1.0.jar",
                "-cp", "/repo/triage-service/target/triage-service-1.0-exec.jar",
                "org.springframework.boot.loader.launch.PropertiesLauncher");
        assertThat(command.get(0)).endsWith("/bin/java");
        assertThat(command).contains("-Xmx384m");
    }

    @Test
    void tellsTheServiceWhereKafkaItsStateAndTheSharedClockAre() {
        List<String> command = ServiceCommand.forService(FrontDoorService.TRIAGE_SERVICE, 8082, "localhost:9092", data, artifacts,
                LocalStackOptions.defaults()).commandLine();

        assertThat(command).endsWith(
                "--server.port=8082",
                "--spring.kafka.bootstrap-servers=localhost:9092",
                "--spring.kafka.streams.state-dir=/stack/triage-service/state",
                "--frontdoor.local-clock.file=/stack/clock-offset");
    }

    @Test
    void passesEachServiceItsOwnExtraPropertiesWhichWinOverTheStandardOnes() {
        LocalStackOptions options = LocalStackOptions.defaults()
                .withServiceProperty(FrontDoorService.TRIAGE_SERVICE, "logging.level.root", "debug")
                .withServiceProperty(FrontDoorService.TRIAGE_SERVICE, "server.port", "9999")
                .withServiceProperty(FrontDoorService.NOTIFICATION_SERVICE, "only.for", "notifications");

        List<String> command = ServiceCommand.forService(FrontDoorService.TRIAGE_SERVICE, 8082, "localhost:9092", data, artifacts,
                options).commandLine();

        assertThat(command).contains("--logging.level.root=debug", "--server.port=9999")
                .doesNotContain("--server.port=8082", "--only.for=notifications");
    }
}
