package org.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import org.frontdoor.notification.delivery.DeliveryListProperties;
import org.frontdoor.notification.webhook.WebhookProperties;
import org.frontdoor.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.micrometer.tracing.autoconfigure.TracingProperties;
import org.springframework.boot.micrometer.tracing.autoconfigure.TracingProperties.Propagation.PropagationType;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The application.yml this service ships with is the production configuration: these are its promises. */
class ShippedConfigurationTest {

    @Test
    void webhooksNeedHttpsAPublicAddressAndAHostTheLocalAuthorityHasListed() throws IOException {
        WebhookProperties webhook = shipped(Map.of("FRONTDOOR_TOKEN_ISSUER", "https://identity.example.org"))
                .bind("frontdoor.notifications.webhook", WebhookProperties.class).get();

        assertThat(webhook.requireHttps()).isTrue();
        assertThat(webhook.allowPrivateAddresses()).isFalse();
        assertThat(webhook.allowedHosts()).isEmpty();
    }

    @Test
    void theLocalAuthorityListsItsWebhookHostsThroughTheEnvironment() throws IOException {
        WebhookProperties webhook = shipped(Map.of("FRONTDOOR_NOTIFICATIONS_WEBHOOK_ALLOWEDHOSTS", "hooks.example.org,*.la.example.net"))
                .bind("frontdoor.notifications.webhook", WebhookProperties.class).get();

        assertThat(webhook.allowedHosts()).extracting(pattern -> pattern.entry()).containsExactly("hooks.example.org", "*.la.example.net");
    }

    @Test
    void tokensComeFromTheConfiguredIssuerWithKeysFromItsDiscoveryDocumentUnlessAJwkSetIsNamed() throws IOException {
        SecurityProperties discovered = shipped(Map.of("FRONTDOOR_TOKEN_ISSUER", "https://identity.example.org"))
                .bind("frontdoor.security", SecurityProperties.class).get();
        SecurityProperties named = shipped(Map.of("FRONTDOOR_TOKEN_ISSUER", "https://identity.example.org",
                "FRONTDOOR_TOKEN_JWK_SET_URI", "https://identity.example.org/jwks"))
                .bind("frontdoor.security", SecurityProperties.class).get();

        assertThat(discovered.token().issuer()).isEqualTo("https://identity.example.org");
        assertThat(discovered.token().jwkSetUri()).isNull();
        assertThat(named.token().jwkSetUri()).hasToString("https://identity.example.org/jwks");
    }

    @Test
    void theServiceCannotStartWithoutATokenIssuer() throws IOException {
        Binder withoutIssuer = shipped(Map.of());

        assertThatThrownBy(() -> withoutIssuer.bind("frontdoor.security", SecurityProperties.class))
                .hasStackTraceContaining("frontdoor.security.token.issuer must name the identity provider");
    }

    @Test
    void everyDeliveryIsTracedAndPropagatesW3cTraceContextUnlessTheEnvironmentLowersTheSampling() throws IOException {
        TracingProperties shippedTracing = shipped(Map.of()).bind("management.tracing", TracingProperties.class).get();
        TracingProperties lowered = shipped(Map.of("FRONTDOOR_TRACING_SAMPLING_PROBABILITY", "0.25"))
                .bind("management.tracing", TracingProperties.class).get();

        assertThat(shippedTracing.getSampling().getProbability()).isEqualTo(1.0f);
        assertThat(shippedTracing.getPropagation().getType()).containsExactly(PropagationType.W3C);
        assertThat(lowered.getSampling().getProbability()).isEqualTo(0.25f);
    }

    @Test
    void aSubscriptionsDeliveriesAreListedFiftyAtATimeAndNeverMoreThanTwoHundred() throws IOException {
        DeliveryListProperties pages = shipped(Map.of()).bind("frontdoor.notifications.deliveries", DeliveryListProperties.class)
                .get();

        assertThat(pages.defaultLimit()).isEqualTo(50);
        assertThat(pages.maxLimit()).isEqualTo(200);
    }

    /** application.yml as the service reads it, with only {@code environment} as the process environment. */
    private static Binder shipped(Map<String, Object> environment) throws IOException {
        StandardEnvironment shipped = new StandardEnvironment();
        shipped.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        shipped.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        shipped.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(source -> shipped.getPropertySources().addLast(source));
        return Binder.get(shipped);
    }
}
