package org.frontdoor.events.serde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Every version of every event schema that was ever published, as kept in
 * {@code schema-history/} beside the generated classes.
 *
 * <p>Records on Kafka carry the 8-byte fingerprint of their writer's schema (Avro single-object
 * encoding), so a consumer finds the writer's schema here and resolves it against the schema it
 * was compiled with. No schema registry is needed: the history ships with the code, and the
 * compatibility test keeps every kept version readable by, and able to read, the current one.
 */
public final class SchemaHistory {

    static final String INDEX = "schema-history/INDEX";

    private static final SchemaHistory KEPT = load();

    private final List<KeptSchema> versions;
    private final SchemaStore.Cache store = new SchemaStore.Cache();

    private SchemaHistory(List<KeptSchema> versions) {
        this.versions = List.copyOf(versions);
        versions.forEach(kept -> store.addSchema(kept.schema()));
    }

    public static SchemaHistory kept() {
        return KEPT;
    }

    public List<KeptSchema> versions() {
        return versions;
    }

    public List<KeptSchema> versionsOf(String fullName) {
        return versions.stream().filter(kept -> kept.schema().getFullName().equals(fullName)).toList();
    }

    SchemaStore store() {
        return store;
    }

    /** One kept version: the file it lives in and the schema it holds. */
    public record KeptSchema(String path, Schema schema) {
    }

    private static SchemaHistory load() {
        List<KeptSchema> versions = new ArrayList<>();
        for (String path : readLines(INDEX)) {
            try (InputStream in = resource(path)) {
                versions.add(new KeptSchema(path, new Schema.Parser().parse(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read kept schema " + path, e);
            }
        }
        return new SchemaHistory(versions);
    }

    private static List<String> readLines(String path) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(path), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing schema history resource " + path);
        }
        return in;
    }
}
