package org.frontdoor.events.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.SchemaHistory.KeptSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event schema change must be kept as a new version, and every kept version must be both
 * readable by the current schema (backward) and able to read records the current schema writes
 * (forward), so producers and consumers can be upgraded in any order.
 */
class SchemaCompatibilityTest {

    private static final Path HISTORY = Path.of("src/main/resources/schema-history");

    static Stream<Schema> currentSchemas() {
        return Topics.ALL.stream().map(Topic::valueType).distinct().map(type -> SpecificData.get().getSchema(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void theCurrentSchemaIsAKeptVersion(Schema current) throws IOException {
        long fingerprint = SchemaNormalization.parsingFingerprint64(current);
        boolean kept = SchemaHistory.kept().versionsOf(current.getFullName()).stream()
                .anyMatch(version -> SchemaNormalization.parsingFingerprint64(version.schema()) == fingerprint);
        if (!kept) {
            Path candidate = Path.of("target/schema-history-candidates", current.getName() + ".avsc");
            Files.createDirectories(candidate.getParent());
            Files.writeString(candidate, current.toString(true));
            assertThat(kept)
                    .as("%s changed: keep the new version in %s/%s/vN.avsc (candidate written to %s) and list it in INDEX",
                            current.getName(), HISTORY, current.getName(), candidate)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void everyKeptVersionIsBackwardAndForwardCompatibleWithTheCurrentSchema(Schema current) {
        List<KeptSchema> versions = SchemaHistory.kept().versionsOf(current.getFullName());
        assertThat(versions).as("kept versions of %s", current.getName()).isNotEmpty();
        for (KeptSchema kept : versions) {
            assertThat(compatibility(current, kept.schema()))
                    .as("the current %s reads records written with %s", current.getName(), kept.path())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
            assertThat(compatibility(kept.schema(), current))
                    .as("readers built with %s read records written with the current %s", kept.path(), current.getName())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @Test
    void theIndexListsEveryKeptSchemaFile() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(HISTORY)) {
            onDisk = files.filter(file -> file.toString().endsWith(".avsc"))
                    .map(file -> "schema-history/" + HISTORY.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        List<String> indexed = SchemaHistory.kept().versions().stream().map(KeptSchema::path).sorted().toList();
        assertThat(indexed).isEqualTo(onDisk);
    }

    private static SchemaCompatibilityType compatibility(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
    }
}
