package org.frontdoor.localidentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key that signs every access token (RS256). The local stack restarts its processes
 * independently, so the key is kept in a file when one is configured: tokens a developer holds
 * stay valid across a restart of the identity provider, and {@code --clean} makes a new key.
 */
final class SigningKey {

    private static final int KEY_SIZE = 2048;

    private SigningKey() {
    }

    /** The key kept in the file, made and written there on the first start. */
    static RSAKey keptIn(Path keyFile) {
        if (Files.exists(keyFile)) {
            return read(keyFile);
        }
        RSAKey key = generate();
        write(key, keyFile);
        return key;
    }

    /** A key for this run only: every token it signed is refused once the process stops. */
    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA signing key", e);
        }
    }

    private static RSAKey read(Path keyFile) {
        try {
            RSAKey key = RSAKey.parse(Files.readString(keyFile));
            if (!key.isPrivate()) {
                throw new ParseException("no private key", 0);
            }
            return key;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the signing key " + keyFile, e);
        }
        catch (ParseException e) {
            throw new IllegalStateException("The signing key file " + keyFile + " does not hold a private RSA JWK. "
                    + "Delete it and a new key is made at the next start (tokens issued before are then refused).", e);
        }
    }

    /** Written whole or not at all, and readable by its owner only: it holds the private key. */
    private static void write(RSAKey key, Path keyFile) {
        try {
            Path directory = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, keyFile.getFileName().toString(), ".partial");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(partial, key.toJSONString());
            Files.move(partial, keyFile, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the signing key " + keyFile, e);
        }
    }
}
