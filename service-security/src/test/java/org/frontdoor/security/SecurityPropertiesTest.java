package org.frontdoor.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SecurityPropertiesTest {

    final SecurityProperties.RateLimit limit = new SecurityProperties.RateLimit(20, 100, Duration.ofMinutes(10));
    final SecurityProperties.Audit audit = new SecurityProperties.Audit(20, Duration.ofMinutes(1));

    @Test
    void aServiceWithoutAnIssuerRefusesToStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties(null)).withMessageContaining("FRONTDOOR_TOKEN_ISSUER");
        assertThatIllegalArgumentException().isThrownBy(() -> properties(" "));
    }

    @Test
    void anIssuerLeftAsAnUnresolvedPlaceholderRefusesToStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties("${FRONTDOOR_TOKEN_ISSUER}"));
    }

    @Test
    void anIssuerUriIsAccepted() {
        assertThatNoException().isThrownBy(() -> properties("https://login.example.gov.uk/realms/children"));
    }

    @Test
    void aServiceWithABlankAudienceRefusesToStartRatherThanRefuseEveryToken() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withToken(new SecurityProperties.Token("https://login.example.gov.uk", null, null, " ")))
                .withMessageContaining("frontdoor.security.token.audience");
    }

    private SecurityProperties properties(String issuer) {
        return withToken(new SecurityProperties.Token(issuer, null, null, "front-door-api"));
    }

    private SecurityProperties withToken(SecurityProperties.Token token) {
        return new SecurityProperties(token, DataSize.ofKilobytes(256), limit, audit);
    }
}
