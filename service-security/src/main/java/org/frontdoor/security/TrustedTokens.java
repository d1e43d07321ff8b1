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

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/** Builds the decoder that accepts only the configured issuer's tokens for the Front Door API: signature, issuer, audience, expiry. */
final class TrustedTokens {

    private TrustedTokens() {
    }

    static JwtDecoder decoder(SecurityProperties.Token token) {
        if (token.publicKeyLocation() != null) {
            return validating(NimbusJwtDecoder.withPublicKey(publicKey(token)).build(), token);
        }
        if (token.jwkSetUri() != null) {
            return validating(NimbusJwtDecoder.withJwkSetUri(token.jwkSetUri().toString()).build(), token);
        }
        // Discovery waits for the first request, so a service may start before its identity provider.
        return new SupplierJwtDecoder(() -> validating(NimbusJwtDecoder.withIssuerLocation(token.issuer()).build(), token));
    }

    /**
     * Expiry, issuer and audience. The issuer signs tokens for other systems too; without the
     * audience check a token meant for one of them would be accepted here.
     */
    private static NimbusJwtDecoder validating(NimbusJwtDecoder decoder, SecurityProperties.Token token) {
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(token.issuer()), new JwtAudienceValidator(token.audience()));
        decoder.setJwtValidator(validator);
        return decoder;
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
