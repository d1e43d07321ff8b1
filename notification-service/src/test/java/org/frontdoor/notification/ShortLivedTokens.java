package org.frontdoor.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.frontdoor.security.TestTokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A {@link TestTokens} token, every claim kept, that expires after {@code lifetime}: re-signed
 * with the test issuer's key, so it is as trusted as the original.
 */
final class ShortLivedTokens {

    private ShortLivedTokens() {
    }

    static String expiringAfter(String token, Duration lifetime) {
        try {
            SignedJWT original = SignedJWT.parse(token);
            JWTClaimsSet claims = new JWTClaimsSet.Builder(original.getJWTClaimsSet())
                    .expirationTime(Date.from(Instant.now().plus(lifetime))).build();
            SignedJWT shortLived = new SignedJWT(original.getHeader(), claims);
            shortLived.sign(new RSASSASigner(testIssuerKey()));
            return shortLived.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Could not re-sign a test token", e);
        }
    }

    /** The key TestTokens signs with, from service-security's test jar. */
    private static RSAPrivateKey testIssuerKey() {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("frontdoor-test-issuer.key")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable test issuer key", e);
        }
    }
}
