package org.frontdoor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackArtifactsTest {

    @TempDir
    Path repository;

    @Test
    void findsEachServicesRunnableJarAndTheSharedClockInTheModulesTargetDirectories() throws IOException {
        buildEverything("1.2.3");

        StackArtifacts artifacts = StackArtifacts.locate(repository, "1.2.3");

        assertThat(artifacts.localClockJar()).isEqualTo(repository.resolve("local-clock/target/local-clock-1.2.3.jar"));
        assertThat(artifacts.identityJar()).isEqualTo(repository.resolve("local-identity/target/local-identity-1.2.3-exec.jar"));
        assertThat(artifacts.serviceJars().get(FrontDoorService.STRATEGY_MEETING_SERVICE))
                .isEqualTo(repository.resolve("strategy-meeting-service/target/strategy-meeting-service-1.2.3-exec.jar"));
    }

    @Test
    void namesEveryMissingJarAndSaysToBuildFromTheRoot() throws IOException {
        buildEverything("1.2.3");
        Files.delete(repository.resolve("triage-service/target/triage-service-1.2.3-exec.jar"));
        Files.delete(repository.resolve("notification-service/target/notification-service-1.2.3-exec.jar"));
        Files.delete(repository.resolve("local-identity/target/local-identity-1.2.3-exec.jar"));

        assertThatThrownBy(() -> StackArtifacts.locate(repository, "1.2.3"))
                .isInstanceOf(StackStartFailure.class)
                .hasMessageContaining("triage-service-1.2.3-exec.jar")
                .hasMessageContaining("notification-service-1.2.3-exec.jar")
                .hasMessageContaining("local-identity-1.2.3-exec.jar")
                .hasMessageNotContaining("contact-intake-service-1.2.3-exec.jar")
                .hasMessageContaining("from the repository root");
    }

    @Test
    void ignoresJarsOfAnotherVersion() throws IOException {
        buildEverything("1.2.2");

        assertThatThrownBy(() -> StackArtifacts.locate(repository, "1.2.3")).isInstanceOf(StackStartFailure.class);
    }

    @Test
    void theRepositoryRootIsTheNearestDirectoryWithTheMavenWrapper() throws IOException {
        Files.writeString(repository.resolve("mvnw"), "#!/bin/sh");
        Path deep = Files.createDirectories(repository.resolve("local-stack/src/test"));

        assertThat(StackArtifacts.repositoryRootAbove(deep)).isEqualTo(repository.toAbsolutePath());
    }

    @Test
    void knowsTheVersionItWasBuiltAs() {
        assertThat(StackArtifacts.buildVersion()).isNotBlank().doesNotContain("@");
    }

    private void buildEverything(String version) throws IOException {
        touch(repository.resolve("local-clock/target/local-clock-" + version + ".jar"));
        touch(repository.resolve("local-identity/target/local-identity-" + version + "-exec.jar"));
        for (FrontDoorService service : FrontDoorService.values()) {
            String module = service.moduleName();
            touch(repository.resolve(module + "/target/" + module + "-" + version + "-exec.jar"));
        }
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "jar");
    }
}
