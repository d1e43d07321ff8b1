package org.frontdoor.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one directory that holds everything the local stack keeps: the broker's log, each
 * service's Kafka Streams state, the identity provider's signing key, triage's child-identity
 * secret, the shared clock's offset and the logs. Keeping it is what lets a restarted stack remember every contact;
 * deleting it ({@code --clean}) starts afresh.
 */
public record DataDirectory(Path root) {

    /**
     * Written into every data directory. {@code --clean} deletes only a directory that holds
     * it, so a mistyped path never wipes anything else.
     */
    static final String MARKER = "FRONT-DOOR-LOCAL-STACK.txt";

    public static DataDirectory prepare(Path root, boolean clean) {
        DataDirectory directory = new DataDirectory(root.toAbsolutePath().normalize());
        if (clean) {
            directory.delete();
        }
        directory.create();
        return directory;
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path clockOffsetFile() {
        return root.resolve("clock-offset");
    }

    /** The service's working directory: whatever it writes to relative paths stays in here. */
    public Path home(FrontDoorService service) {
        return root.resolve(service.moduleName());
    }

    /** The identity provider's working directory. */
    public Path identityHome() {
        return root.resolve(LocalIdentity.MODULE_NAME);
    }

    /** Kept, so that tokens a developer holds stay valid when the stack restarts; --clean makes a new key. */
    public Path identitySigningKey() {
        return identityHome().resolve("signing-key.json");
    }

    /**
     * Triage's secrets as a Spring config tree, a file per value named after its variable: kept,
     * so that the children recognised before a restart are recognised after it.
     */
    public Path triageSecrets() {
        return home(FrontDoorService.TRIAGE_SERVICE).resolve("secrets");
    }

    public Path streamsState(FrontDoorService service) {
        return home(service).resolve("state");
    }

    public Path log(FrontDoorService service) {
        return log(service.moduleName());
    }

    Path freshLog(FrontDoorService service) {
        return freshLog(service.moduleName());
    }

    Path freshIdentityLog() {
        return freshLog(LocalIdentity.MODULE_NAME);
    }

    private Path log(String moduleName) {
        return logs().resolve(moduleName + ".log");
    }

    /** Keeps the previous run's log beside the new one, so a crash can be read after a restart. */
    private Path freshLog(String moduleName) {
        Path log = log(moduleName);
        try {
            if (Files.exists(log)) {
                Files.move(log, logs().resolve(moduleName + ".previous.log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not set aside the previous log " + log, e);
        }
        return log;
    }

    private void create() {
        try {
            Files.createDirectories(root);
            if (!Files.exists(root.resolve(MARKER))) {
                Files.writeString(root.resolve(MARKER), """
                        The Front Door local stack keeps its data here: the Kafka log, each service's
                        state, the identity provider's signing key, triage's child-identity secret,
                        the shared clock's offset and the logs. Start with --clean to delete it.
                        """);
            }
            for (Path directory : new Path[] {kafka(), logs(), identityHome()}) {
                Files.createDirectories(directory);
            }
            for (FrontDoorService service : FrontDoorService.values()) {
                Files.createDirectories(streamsState(service));
            }
            ChildIdentitySecret.keptIn(triageSecrets());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not create the data directory " + root, e);
        }
    }

    private void delete() {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.exists(root.resolve(MARKER)) && !isEmpty()) {
            throw new StackStartFailure(
                    "Refusing to clean " + root + ": it is not a local stack data directory (it has no " + MARKER + ").",
                    "Check local-stack.data-directory, or delete the directory yourself.");
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not clean the data directory " + root, e);
        }
    }

    private boolean isEmpty() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isEmpty();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
