package org.frontdoor.localidentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.RSAKey;

class SigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void theFirstStartMakesAKeyAndKeepsItReadableByItsOwnerOnly() throws IOException {
        Path keyFile = directory.resolve("local-identity/signing-key.json");

        RSAKey key = SigningKey.keptIn(keyFile);

        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        try (var left = Files.list(keyFile.getParent())) {
            assertThat(left).containsExactly(keyFile);
        }
    }

    @Test
    void aRestartSignsWithTheSameKeySoEarlierTokensStayValid() {
        Path keyFile = directory.resolve("signing-key.json");
        RSAKey first = SigningKey.keptIn(keyFile);

        RSAKey afterRestart = SigningKey.keptIn(keyFile);

        assertThat(afterRestart).isEqualTo(first);
        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
    }

    @Test
    void withoutAFileEveryStartHasANewKey() {
        assertThat(SigningKey.generate().getKeyID()).isNotEqualTo(SigningKey.generate().getKeyID());
    }

    @Test
    void refusesAFileThatIsNotAKeyAndSaysHowToStartAfresh() throws IOException {
        Path keyFile = Files.writeString(directory.resolve("signing-key.json"), "not a key");

        assertThatThrownBy(() -> SigningKey.keptIn(keyFile))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(keyFile.toString())
                .hasMessageContaining("Delete it");
    }

    @Test
    void refusesAPublicKeyAloneWhichCannotSign() throws IOException {
        Path keyFile = Files.writeString(directory.resolve("signing-key.json"), SigningKey.generate().toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKey.keptIn(keyFile)).isInstanceOf(IllegalStateException.class);
    }
}
