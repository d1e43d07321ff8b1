package org.frontdoor.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceCommandTest {

    private static final URI ISSUER = URI.create("http://localhost:9000");

    private final DataDirectory data = new DataDirectory(Path.of("/stack"));
    private final StackArtifacts artifacts = new StackArtifacts(Path.of("/repo/local-clock/target/local-clock-1.0.jar"),
            Path.of("/repo/local-identity/target/local-identity-1.0-exec.jar"),
            Map.of(FrontDoorService.TRIAGE_SERVICE, Path.of("/repo/triage-service/target/triage-service-1.0-exec.jar")));

    @Test
    void runsTheServicesOwnJarWithTheSharedClockOnItsLoaderPath() {
        List<String> command = triageService(LocalStackOptions.defaults());

        assertThat(command).containsSubsequence(
                "-Dloader.path=/repo/local-clock/target/local-clock-1.0.jar",
                "-cp", "/repo/triage-service/target/triage-service-1.0-exec.jar",
                "org.springframework.boot.loader.launch.PropertiesLauncher");
        assertThat(command.get(0)).endsWith("/bin/java");
        assertThat(command).contains("-Xmx384m");
    }

    @Test
    void tellsTheServiceWhereKafkaItsStateAndTheSharedClockAre() {
        List<String> command = triageService(LocalStackOptions.defaults());

        assertThat(command).containsSubsequence(
                "--server.port=8082",
                "--spring.kafka.bootstrap-servers=localhost:9092",
                "--spring.kafka.streams.state-dir=/stack/triage-service/state",
                "--frontdoor.local-clock.file=/stack/clock-offset");
    }

    @Test
    void tellsTheServiceToTrustTheIdentityProviderAndNotToThrottleTheStack() {
        List<String> command = triageService(LocalStackOptions.defaults());

        assertThat(command).contains(
                "--frontdoor.security.token.issuer=http://localhost:9000",
                "--frontdoor.security.rate-limit.burst=10000",
                "--frontdoor.security.rate-limit.requests-per-second=5000");
    }

    @Test
    void givesTriageItsChildIdentitySecretFromTheDataDirectoryWithoutPuttingItOnTheCommandLine() {
        List<String> triage = triageService(LocalStackOptions.defaults());
        Map<String, String> notifications = ServiceCommand.forService(FrontDoorService.NOTIFICATION_SERVICE, 8084,
                "localhost:9092", ISSUER, data, artifacts, LocalStackOptions.defaults()).properties();

        assertThat(triage).contains("--spring.config.import=configtree:/stack/triage-service/secrets/");
        assertThat(notifications).doesNotContainKey("spring.config.import");
    }

    @Test
    void passesEachServiceItsOwnExtraPropertiesWhichWinOverTheStandardOnes() {
        LocalStackOptions options = LocalStackOptions.defaults()
                .withServiceProperty(FrontDoorService.TRIAGE_SERVICE, "logging.level.root", "debug")
                .withServiceProperty(FrontDoorService.TRIAGE_SERVICE, "server.port", "9999")
                .withServiceProperty(FrontDoorService.NOTIFICATION_SERVICE, "only.for", "notifications");

        List<String> command = triageService(options);

        assertThat(command).contains("--logging.level.root=debug", "--server.port=9999")
                .doesNotContain("--server.port=8082", "--only.for=notifications");
    }

    @Test
    void runsTheIdentityProviderFromItsJarWithoutTheSharedClockAndWithItsKeyInTheDataDirectory() {
        List<String> command = ServiceCommand.forIdentity(9000, data, artifacts, LocalStackOptions.defaults()).commandLine();

        assertThat(command).containsSubsequence(
                "-cp", "/repo/local-identity/target/local-identity-1.0-exec.jar",
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.port=9000",
                "--local-identity.issuer=http://localhost:9000",
                "--local-identity.key-file=/stack/local-identity/signing-key.json");
        assertThat(command).noneMatch(argument -> argument.startsWith("-Dloader.path"));
    }

    private List<String> triageService(LocalStackOptions options) {
        return ServiceCommand.forService(FrontDoorService.TRIAGE_SERVICE, 8082, "localhost:9092", ISSUER, data, artifacts, options)
                .commandLine();
    }
}
