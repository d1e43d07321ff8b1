package org.frontdoor.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The triage service's child-identity secret (docs/decisions/0004-child-references.md), which
 * it will not start without. The stack makes one at its first start and keeps it in the data
 * directory, so the children recognised before a restart are recognised after it; {@code --clean}
 * makes a new one with the new Kafka data. The file is named after the variable production sets,
 * {@code TRIAGE_CHILD_IDENTITY_SECRET}, and reaches the service as a Spring config tree, the way a
 * mounted secret would: the value never appears on a command line.
 */
final class ChildIdentitySecret {

    static final String VARIABLE = "TRIAGE_CHILD_IDENTITY_SECRET";
    private static final int RANDOM_BYTES = 32;

    private ChildIdentitySecret() {
    }

    /** Makes the secret in the config tree directory unless it is there already. */
    static void keptIn(Path configTree) {
        Path secret = configTree.resolve(VARIABLE);
        if (!Files.exists(secret)) {
            write(generate(), secret);
        }
    }

    private static String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * Written whole or not at all, and readable by its owner only. The partial file is made beside
     * the config tree, not in it, where the service would read it as a property.
     */
    private static void write(String value, Path secret) {
        try {
            Path configTree = secret.getParent();
            Files.createDirectories(configTree);
            Path partial = Files.createTempFile(configTree.getParent(), VARIABLE, ".partial");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(partial, value);
            Files.move(partial, secret, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the child-identity secret " + secret, e);
        }
    }
}
