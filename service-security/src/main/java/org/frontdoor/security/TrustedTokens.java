package org.frontdoor.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/** Builds the decoder that accepts only the configured issuer's tokens: signature, issuer, expiry. */
final class TrustedTokens {

    private TrustedTokens() {
    }

    static JwtDecoder decoder(SecurityProperties.Token token) {
        if (token.publicKeyLocation() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(token)).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(token.issuer()));
            return decoder;
        }
        if (token.jwkSetUri() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(token.jwkSetUri().toString()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(token.issuer()));
            return decoder;
        }
        // The discovered decoder validates the issuer itself.
        return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(token.issuer()));
    }

    private static RSAPublicKey publicKey(SecurityProperties.Token token) {
        try (InputStream in = token.publicKeyLocation().getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the issuer's public key " + token.publicKeyLocation(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The issuer's public key " + token.publicKeyLocation() + " is not a PEM RSA key", e);
        }
    }
}
