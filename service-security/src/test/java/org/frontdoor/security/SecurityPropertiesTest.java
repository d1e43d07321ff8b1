package org.frontdoor.security;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SecurityPropertiesTest {

    final SecurityProperties.RateLimit limit = new SecurityProperties.RateLimit(20, 100, java.time.Duration.ofMinutes(10));

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

    private SecurityProperties properties(String issuer) {
        return new SecurityProperties(new SecurityProperties.Token(issuer, null, null), DataSize.ofKilobytes(256), limit);
    }
}
