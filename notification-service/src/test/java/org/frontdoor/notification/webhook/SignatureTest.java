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
    void theV2SignatureIsTheHexHmacSha256OfTheTimestampADotAndTheBody() {
        byte[] body = "{\"alertId\":\"a-1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] signed = "1700000000.{\"alertId\":\"a-1\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(Signature.v2(1700000000L, body, "key")).isEqualTo(Signature.of(signed, "key"));
    }

    @Test
    void aDifferentTimestampGivesADifferentV2Signature() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(Signature.v2(1700000000L, body, "first-secret-0123456"))
                .isNotEqualTo(Signature.v2(1700000001L, body, "first-secret-0123456"));
    }

    @Test
    void aDifferentSecretGivesADifferentSignature() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(Signature.of(body, "first-secret-0123456")).isNotEqualTo(Signature.of(body, "other-secret-0123456"));
    }
}
