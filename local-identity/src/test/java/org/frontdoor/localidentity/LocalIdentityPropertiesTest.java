package org.frontdoor.localidentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LocalIdentityPropertiesTest {

    private final Map<String, String> properties = new HashMap<>(Map.of(
            "local-identity.issuer", "http://localhost:9000",
            "local-identity.clients.police-demo.secret", "police-demo-secret",
            "local-identity.clients.police-demo.roles[0]", "PARTNER",
            "local-identity.clients.police-demo.agency", "POLICE"));

    @Test
    void bindsEachClientByItsIdWithAnHourLongTokenByDefault() {
        LocalIdentityProperties bound = bind();

        assertThat(bound.tokenLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(bound.keyFile()).isNull();
        assertThat(bound.clients().get("police-demo"))
                .isEqualTo(new LocalIdentityProperties.DemoClient("police-demo-secret", List.of("PARTNER"), "POLICE"));
    }

    @Test
    void tokensAreForTheFrontDoorApiUnlessConfiguredOtherwise() {
        assertThat(bind().audience()).isEqualTo("front-door-api");

        properties.put("local-identity.audience", "another-api");
        assertThat(bind().audience()).isEqualTo("another-api");
    }

    @Test
    void anIssuerIsRequired() {
        properties.remove("local-identity.issuer");

        assertRefused("local-identity.issuer");
    }

    @Test
    void aClientNeedsASecret() {
        properties.remove("local-identity.clients.police-demo.secret");

        assertRefused("police-demo.secret");
    }

    @Test
    void aClientNeedsARole() {
        properties.remove("local-identity.clients.police-demo.roles[0]");

        assertRefused("police-demo.roles");
    }

    @Test
    void aPartnerNeedsAnAgencyWithoutWhichTheServicesGrantItNothing() {
        properties.remove("local-identity.clients.police-demo.agency");

        assertRefused("needs an agency");
    }

    @Test
    void atLeastOneClientIsRequired() {
        properties.keySet().removeIf(name -> name.startsWith("local-identity.clients."));

        assertRefused("at least one demo client");
    }

    private void assertRefused(String why) {
        assertThatThrownBy(this::bind).isInstanceOf(BindException.class).rootCause().hasMessageContaining(why);
    }

    private LocalIdentityProperties bind() {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("local-identity", LocalIdentityProperties.class);
    }
}
