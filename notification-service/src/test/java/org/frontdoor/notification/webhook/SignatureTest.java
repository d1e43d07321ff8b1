package org.frontdoor.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBodyWithTheSecretAsKey() {
        // A published HMAC-SHA256 example: key "key", message "The quick brown fox jumps over the lazy dog".
        byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

        assertThat(Signature.of(body, "key"))
                .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void aDifferentSecretGivesADifferentSignature() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(Signature.of(body, "first-secret-0123456")).isNotEqualTo(Signature.of(body, "other-secret-0123456"));
    }
}
