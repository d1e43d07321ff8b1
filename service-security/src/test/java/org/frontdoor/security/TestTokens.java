package org.frontdoor.security;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints bearer tokens as the test identity provider would, for the services' tests. The services
 * under test trust {@link #ISSUER} with the public key in {@code frontdoor-test-issuer.pub}; see
 * {@link #resourceServerProperties()}. Every token is for {@link #AUDIENCE}, the audience the
 * services require by default, unless a method says otherwise.
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.test.frontdoor.example";
    public static final String AUDIENCE = "front-door-api";

    private static final RSAPrivateKey TRUSTED = privateKey("frontdoor-test-issuer.key");
    private static final RSAPrivateKey UNTRUSTED = privateKey("frontdoor-untrusted-issuer.key");

    private TestTokens() {
    }

    /** The properties that make a service trust this class's tokens. */
    public static Map<String, String> resourceServerProperties() {
        return Map.of(
                "frontdoor.security.token.issuer", ISSUER,
                "frontdoor.security.token.public-key-location", "classpath:frontdoor-test-issuer.pub");
    }

    /** The same, as {@code name=value} lines for {@code @SpringBootTest(properties = ...)} and the like. */
    public static String[] resourceServerPropertyLines() {
        return resourceServerProperties().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    public static String frontDoor() {
        return forRole("front-door-test", FrontDoorRole.FRONT_DOOR);
    }

    public static String manager() {
        return forRole("manager-test", FrontDoorRole.MANAGER);
    }

    public static String practitioner() {
        return forRole("practitioner-test", FrontDoorRole.PRACTITIONER);
    }

    public static String monitoring() {
        return forRole("monitoring-test", FrontDoorRole.MONITORING);
    }

    /** A partner agency's client, e.g. {@code partner("POLICE")}. */
    public static String partner(String agency) {
        return mint(claims("partner-" + agency.toLowerCase() + "-test", List.of(FrontDoorRole.PARTNER.name()), agency,
                ISSUER, List.of(AUDIENCE), Instant.now(), Duration.ofMinutes(30)), TRUSTED);
    }

    /** A token with exactly one role: the usual way to call an endpoint in a test. */
    public static String forRole(String subject, FrontDoorRole role) {
        if (role == FrontDoorRole.PARTNER) {
            return partner("POLICE");
        }
        return mint(claims(subject, List.of(role.name()), null, ISSUER, List.of(AUDIENCE), Instant.now(), Duration.ofMinutes(30)),
                TRUSTED);
    }

    /** A token with the given roles and, when not null, an agency claim. */
    public static String withRoles(String subject, List<String> roles, String agency) {
        return mint(claims(subject, roles, agency, ISSUER, List.of(AUDIENCE), Instant.now(), Duration.ofMinutes(30)), TRUSTED);
    }

    /** A token, otherwise valid, that expired an hour ago. */
    public static String expired(FrontDoorRole role) {
        return mint(claims("expired-test", List.of(role.name()), agencyFor(role), ISSUER, List.of(AUDIENCE),
                Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)), TRUSTED);
    }

    /** A token signed with the trusted key but naming another issuer. */
    public static String fromWrongIssuer(FrontDoorRole role) {
        return mint(claims("wrong-issuer-test", List.of(role.name()), agencyFor(role),
                "https://identity.elsewhere.example", List.of(AUDIENCE), Instant.now(), Duration.ofMinutes(30)), TRUSTED);
    }

    /** A token from the trusted issuer, otherwise valid, that the issuer made for another system. */
    public static String forAnotherAudience(FrontDoorRole role) {
        return mint(claims("another-audience-test", List.of(role.name()), agencyFor(role), ISSUER,
                List.of("another-api"), Instant.now(), Duration.ofMinutes(30)), TRUSTED);
    }

    /** A token from the trusted issuer, otherwise valid, that names no audience at all. */
    public static String withoutAudience(FrontDoorRole role) {
        return mint(claims("no-audience-test", List.of(role.name()), agencyFor(role), ISSUER, List.of(), Instant.now(),
                Duration.ofMinutes(30)), TRUSTED);
    }

    /** A token naming the trusted issuer but signed with a key the services do not trust. */
    public static String forgedSignature(FrontDoorRole role) {
        return mint(claims("forged-test", List.of(role.name()), agencyFor(role), ISSUER, List.of(AUDIENCE), Instant.now(),
                Duration.ofMinutes(30)), UNTRUSTED);
    }

    private static String agencyFor(FrontDoorRole role) {
        return role == FrontDoorRole.PARTNER ? "POLICE" : null;
    }

    private static JWTClaimsSet claims(String subject, List<String> roles, String agency, String issuer,
                                       List<String> audiences, Instant issuedAt, Duration lifetime) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .claim("roles", roles);
        if (!audiences.isEmpty()) {
            claims.audience(audiences);
        }
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return claims.build();
    }

    /** The same token, every claim kept, expiring {@code lifetime} from now: as trusted as the original. */
    public static String expiringAfter(String token, Duration lifetime) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet())
                    .expirationTime(Date.from(Instant.now().plus(lifetime))).build();
            return mint(claims, TRUSTED);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a signed token", e);
        }
    }

    private static String mint(JWTClaimsSet claims, RSAPrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a test token", e);
        }
    }

    private static RSAPrivateKey privateKey(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test key " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable test key " + resource, e);
        }
    }
}
