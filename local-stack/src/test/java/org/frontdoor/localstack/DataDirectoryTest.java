package org.frontdoor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path directory;

    @Test
    void laysOutAPlaceForKafkaTheLogsAndEachServicesState() {
        DataDirectory data = DataDirectory.prepare(directory.resolve(".local-stack"), false);

        assertThat(data.kafka()).isDirectory();
        assertThat(data.logs()).isDirectory();
        assertThat(data.streamsState(FrontDoorService.CONTACT_INTAKE_SERVICE)).isDirectory()
                .isEqualTo(directory.resolve(".local-stack/contact-intake-service/state"));
        assertThat(data.clockOffsetFile()).isEqualTo(directory.resolve(".local-stack/clock-offset"));
        assertThat(data.identityHome()).isDirectory();
        assertThat(data.identitySigningKey()).isEqualTo(directory.resolve(".local-stack/local-identity/signing-key.json"));
    }

    @Test
    void aRestartKeepsEverything() throws IOException {
        DataDirectory first = DataDirectory.prepare(directory.resolve(".local-stack"), false);
        Files.writeString(first.kafka().resolve("segment"), "contacts");

        DataDirectory again = DataDirectory.prepare(directory.resolve(".local-stack"), false);

        assertThat(again.kafka().resolve("segment")).hasContent("contacts");
    }

    @Test
    void aCleanStartForgetsEverythingIncludingTheClockAndTheSigningKey() throws IOException {
        DataDirectory first = DataDirectory.prepare(directory.resolve(".local-stack"), false);
        Files.writeString(first.kafka().resolve("segment"), "contacts");
        Files.writeString(first.clockOffsetFile(), "P16D");
        Files.writeString(first.identitySigningKey(), "{\"kty\": \"RSA\"}");

        DataDirectory clean = DataDirectory.prepare(directory.resolve(".local-stack"), true);

        assertThat(clean.kafka()).isEmptyDirectory();
        assertThat(clean.clockOffsetFile()).doesNotExist();
        assertThat(clean.identitySigningKey()).doesNotExist();
    }

    @Test
    void makesTriageAChildIdentitySecretOfItsOwnThatOnlyItsOwnerCanRead() throws IOException {
        DataDirectory data = DataDirectory.prepare(directory.resolve(".local-stack"), false);

        Path secret = data.triageSecrets().resolve("TRIAGE_CHILD_IDENTITY_SECRET");
        assertThat(data.triageSecrets()).isEqualTo(directory.resolve(".local-stack/triage-service/secrets"));
        assertThat(Files.readString(secret)).hasSizeGreaterThanOrEqualTo(32).doesNotContainAnyWhitespaces();
        try (Stream<Path> tree = Files.list(data.triageSecrets())) {
            assertThat(tree).as("nothing else there to be read as a property").containsExactly(secret);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        }
    }

    @Test
    void aRestartKeepsTriagesSecretAndACleanStartMakesANewOne() throws IOException {
        DataDirectory first = DataDirectory.prepare(directory.resolve(".local-stack"), false);
        String made = Files.readString(first.triageSecrets().resolve("TRIAGE_CHILD_IDENTITY_SECRET"));

        DataDirectory again = DataDirectory.prepare(directory.resolve(".local-stack"), false);
        String kept = Files.readString(again.triageSecrets().resolve("TRIAGE_CHILD_IDENTITY_SECRET"));
        DataDirectory clean = DataDirectory.prepare(directory.resolve(".local-stack"), true);

        assertThat(kept).isEqualTo(made);
        assertThat(Files.readString(clean.triageSecrets().resolve("TRIAGE_CHILD_IDENTITY_SECRET"))).isNotEqualTo(made);
    }

    @Test
    void refusesToCleanADirectoryThatIsNotTheStacks() throws IOException {
        Path elsewhere = Files.createDirectories(directory.resolve("home"));
        Files.writeString(elsewhere.resolve("thesis.txt"), "irreplaceable");

        assertThatThrownBy(() -> DataDirectory.prepare(elsewhere, true))
                .isInstanceOf(StackStartFailure.class)
                .hasMessageContaining("Refusing to clean");
        assertThat(elsewhere.resolve("thesis.txt")).exists();
    }

    @Test
    void keepsThePreviousRunsLogBesideTheNewOne() throws IOException {
        DataDirectory data = DataDirectory.prepare(directory.resolve(".local-stack"), false);
        Files.writeString(data.log(FrontDoorService.TRIAGE_SERVICE), "last run's crash");

        Path log = data.freshLog(FrontDoorService.TRIAGE_SERVICE);

        assertThat(log).doesNotExist();
        assertThat(data.logs().resolve("triage-service.previous.log")).hasContent("last run's crash");
    }

    @Test
    void keepsTheIdentityProvidersPreviousLogToo() throws IOException {
        DataDirectory data = DataDirectory.prepare(directory.resolve(".local-stack"), false);
        Files.writeString(data.logs().resolve("local-identity.log"), "last run's crash");

        Path log = data.freshIdentityLog();

        assertThat(log).isEqualTo(data.logs().resolve("local-identity.log")).doesNotExist();
        assertThat(data.logs().resolve("local-identity.previous.log")).hasContent("last run's crash");
    }
}
