package org.frontdoor.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.notification.delivery.DeliveryAttemptFailed;
import org.frontdoor.notification.delivery.DeliveryRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookDestinationsTest {

    /** The DNS these tests see: host name to addresses, changeable mid-test. */
    private final Map<String, InetAddress[]> dns = new HashMap<>();

    @Test
    void anEmptyAllowListRefusesEveryWebhook() {
        WebhookDestinations destinations = destinations(List.of(), false, true);

        assertThat(destinations.refusalOf("https://hooks.example.org/alerts")).contains("host is not on the webhook allow-list");
        assertThat(destinations.refusalOf("https://8.8.8.8/alerts")).contains("host is not on the webhook allow-list");
    }

    @ParameterizedTest(name = "{0} may subscribe")
    @ValueSource(strings = {"https://hooks.example.org/alerts", "https://HOOKS.example.org:8443/alerts?x=1",
            "https://a.la.example.net/hook", "https://a.b.la.example.net/hook"})
    void aUrlOnAnAllowedHostMaySubscribe(String url) {
        WebhookDestinations destinations = destinations(List.of("hooks.example.org", "*.la.example.net"), false, true);

        assertThat(destinations.refusalOf(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "http://hooks.example.org/alerts | must be an https URL",
            "https://other.example.org/alerts | host is not on the webhook allow-list",
            "https://la.example.net/alerts | host is not on the webhook allow-list",
            "https://hooks.example.org.evil.test/alerts | host is not on the webhook allow-list",
            "ftp://hooks.example.org/alerts | must be an http or https URL",
            "hooks.example.org/alerts | must be an http or https URL",
            "https:///alerts | must be an http or https URL",
            "https://hooks.example.org/al erts | must be an http or https URL"})
    void aUrlBreakingTheRulesIsRefusedWithItsReason(String url, String reason) {
        WebhookDestinations destinations = destinations(List.of("hooks.example.org", "*.la.example.net"), false, true);

        assertThat(destinations.refusalOf(url)).contains(reason);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "https://127.0.0.1/hook | host is a loopback address",
            "https://2130706433/hook | host is a loopback address",
            "https://[::1]/hook | host is a loopback address",
            "https://10.0.0.7/hook | host is a private address",
            "https://[fd00::7]/hook | host is a private address",
            "https://169.254.169.254/latest/meta-data | host is a link-local address",
            "https://[fe80::1]/hook | host is a link-local address",
            "https://[::ffff:169.254.169.254]/hook | host is a link-local address",
            "https://224.0.0.1/hook | host is a multicast address",
            "https://0.0.0.0/hook | host is an unspecified address",
            "https://[::]/hook | host is an unspecified address"})
    void aUrlNamingANonPublicAddressIsRefusedWhenSubscribing(String url, String reason) {
        WebhookDestinations destinations = destinations(List.of("*"), false, true);

        assertThat(destinations.refusalOf(url)).contains(reason);
    }

    @Test
    void anAddressNamedInTheAllowListIsAllowedThoughItIsPrivate() throws Exception {
        WebhookDestinations destinations = destinations(List.of("127.0.0.1", "localhost"), false, false);

        assertThat(destinations.refusalOf("http://127.0.0.1:8080/hook")).isEmpty();
        assertThatCode(() -> destinations.checkBeforeDelivery("http://127.0.0.1:8080/hook")).doesNotThrowAnyException();
        assertThat(destinations.refusalOf("http://127.0.0.2:8080/hook")).contains("host is not on the webhook allow-list");
    }

    @Test
    void aNameResolvingToAnAddressNamedInTheAllowListIsStillRefused() {
        resolve("localhost", "127.0.0.1");
        WebhookDestinations destinations = destinations(List.of("127.0.0.1", "localhost"), false, false);

        assertThat(destinations.refusalOf("http://localhost:8080/hook")).isEmpty();
        assertThatThrownBy(() -> destinations.checkBeforeDelivery("http://localhost:8080/hook"))
                .isInstanceOf(DeliveryRefused.class).hasMessage("refused: host resolves to a loopback address");
    }

    @Test
    void privateAddressesMayBeAllowedOutright() throws Exception {
        resolve("receiver.internal.test", "10.1.2.3");
        WebhookDestinations destinations = destinations(List.of("*"), true, false);

        assertThat(destinations.refusalOf("http://10.1.2.3/hook")).isEmpty();
        assertThat(destinations.refusalOf("http://[::1]/hook")).isEmpty();
        assertThatCode(() -> destinations.checkBeforeDelivery("http://receiver.internal.test/hook")).doesNotThrowAnyException();
    }

    @Test
    void httpMayBeAllowed() {
        WebhookDestinations destinations = destinations(List.of("hooks.example.org"), false, false);

        assertThat(destinations.refusalOf("http://hooks.example.org/alerts")).isEmpty();
    }

    @Test
    void aHostResolvingToPublicAddressesIsDelivered() {
        resolve("hooks.example.org", "93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
        WebhookDestinations destinations = destinations(List.of("hooks.example.org"), false, true);

        assertThatCode(() -> destinations.checkBeforeDelivery("https://hooks.example.org/alerts")).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "a host resolving to {0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1 | host resolves to a loopback address",
            "::1 | host resolves to a loopback address",
            "10.0.0.1 | host resolves to a private address",
            "172.20.1.1 | host resolves to a private address",
            "192.168.1.10 | host resolves to a private address",
            "fc00::10 | host resolves to a private address",
            "169.254.169.254 | host resolves to a link-local address",
            "fe80::10 | host resolves to a link-local address",
            "239.1.1.1 | host resolves to a multicast address",
            "ff05::2 | host resolves to a multicast address",
            "0.0.0.0 | host resolves to an unspecified address",
            ":: | host resolves to an unspecified address",
            "255.255.255.255 | host resolves to a reserved address"})
    void aHostResolvingToANonPublicAddressIsRefusedBeforeDelivery(String address, String reason) {
        resolve("hooks.example.org", address);
        WebhookDestinations destinations = destinations(List.of("hooks.example.org"), false, true);

        assertThatThrownBy(() -> destinations.checkBeforeDelivery("https://hooks.example.org/alerts"))
                .isInstanceOf(DeliveryRefused.class).hasMessage("refused: " + reason);
    }

    @Test
    void oneNonPublicAddressAmongPublicOnesRefusesTheHost() {
        resolve("hooks.example.org", "93.184.215.14", "10.0.0.1");
        WebhookDestinations destinations = destinations(List.of("hooks.example.org"), false, true);

        assertThatThrownBy(() -> destinations.checkBeforeDelivery("https://hooks.example.org/alerts"))
                .isInstanceOf(DeliveryRefused.class).hasMessage("refused: host resolves to a private address");
    }

    @Test
    void aHostWhoseDnsChangedSinceSubscribingIsRefusedAtDelivery() throws Exception {
        resolve("hooks.example.org", "93.184.215.14");
        WebhookDestinations destinations = destinations(List.of("hooks.example.org"), false, true);
        assertThat(destinations.refusalOf("https://hooks.example.org/alerts")).isEmpty();
        destinations.checkBeforeDelivery("https://hooks.example.org/alerts");

        resolve("hooks.example.org", "169.254.169.254");

        assertThatThrownBy(() -> destinations.checkBeforeDelivery("https://hooks.example.org/alerts"))
                .isInstanceOf(DeliveryRefused.class).hasMessage("refused: host resolves to a link-local address");
    }

    @Test
    void aUrlNoLongerAllowedByTheConfigurationIsRefusedAtDelivery() {
        resolve("hooks.example.org", "93.184.215.14");
        WebhookDestinations tightened = destinations(List.of("other.example.org"), false, true);

        assertThatThrownBy(() -> tightened.checkBeforeDelivery("https://hooks.example.org/alerts"))
                .isInstanceOf(DeliveryRefused.class).hasMessage("refused: host is not on the webhook allow-list");
        assertThatThrownBy(() -> tightened.checkBeforeDelivery("http://other.example.org/alerts"))
                .isInstanceOf(DeliveryRefused.class).hasMessage("refused: must be an https URL");
    }

    @Test
    void aLiteralNonPublicAddressIsRefusedAtDeliveryWithoutALookup() {
        WebhookDestinations destinations = destinations(List.of("*"), false, true);

        assertThatThrownBy(() -> destinations.checkBeforeDelivery("https://169.254.169.254/latest/meta-data"))
                .isInstanceOf(DeliveryRefused.class).hasMessage("refused: host is a link-local address");
    }

    @Test
    void aHostThatDoesNotResolveIsAFailedAttemptToRetryNotARefusal() {
        WebhookDestinations destinations = destinations(List.of("hooks.example.org"), false, true);

        assertThatThrownBy(() -> destinations.checkBeforeDelivery("https://hooks.example.org/alerts"))
                .isExactlyInstanceOf(DeliveryAttemptFailed.class).hasMessage("host not found");
    }

    @Test
    void noReasonRepeatsTheUrlWhichMayCarryCredentials() {
        resolve("hooks.example.org", "10.9.8.7");
        WebhookDestinations destinations = destinations(List.of("hooks.example.org"), false, true);
        String url = "https://user:token-123@hooks.example.org/alerts?key=token-456";

        assertThat(destinations.refusalOf(url.replace("https", "http"))).hasValueSatisfying(reason ->
                assertThat(reason).doesNotContain("token", "hooks.example.org", "user"));
        assertThatThrownBy(() -> destinations.checkBeforeDelivery(url))
                .isInstanceOf(DeliveryRefused.class)
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("token", "hooks.example.org", "10.9.8.7"));
    }

    private void resolve(String host, String... addresses) {
        dns.put(host, Arrays.stream(addresses).map(WebhookDestinationsTest::literal).toArray(InetAddress[]::new));
    }

    private WebhookDestinations destinations(List<String> allowedHosts, boolean allowPrivateAddresses, boolean requireHttps) {
        WebhookProperties properties = new WebhookProperties(Duration.ofSeconds(5), Duration.ofSeconds(10),
                allowedHosts.stream().map(HostPattern::new).toList(), allowPrivateAddresses, requireHttps);
        return new WebhookDestinations(properties, host -> {
            InetAddress[] addresses = dns.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            return addresses;
        });
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address.contains(":") ? "[" + address + "]" : address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
