package org.frontdoor.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostPatternTest {

    @ParameterizedTest(name = "{0} allows {1}: {2}")
    @CsvSource({
            "hooks.example.org, hooks.example.org, true",
            "hooks.example.org, HOOKS.Example.ORG, true",
            "hooks.example.org, hooks.example.org., true",
            "Hooks.Example.Org., hooks.example.org, true",
            "hooks.example.org, other.example.org, false",
            "hooks.example.org, hooks.example.org.evil.test, false",
            "hooks.example.org, a.hooks.example.org, false",
            "*.example.org, hooks.example.org, true",
            "*.example.org, a.b.example.org, true",
            "*.example.org, HOOKS.EXAMPLE.ORG, true",
            "*.example.org, example.org, false",
            "*.example.org, evilexample.org, false",
            "*.example.org, example.org.evil.test, false",
            "*, anything.test, true",
            "*, 10.0.0.1, true",
            "127.0.0.1, 127.0.0.1, true",
            "127.0.0.1, 127.1, true",
            "127.0.0.1, 127.0.0.2, false",
            "127.0.0.1, localhost, false",
            "localhost, localhost, true",
            "localhost, 127.0.0.1, false",
            "::1, [::1], true",
            "[::1], [0:0:0:0:0:0:0:1], true",
            "::1, [::2], false",
            "10.0.0.5, [::ffff:10.0.0.5], true"})
    void anEntryAllowsTheHostsItNames(String entry, String host, boolean allowed) {
        assertThat(new HostPattern(entry).matches(WebhookHost.of(host))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} names the address of {1}: {2}")
    @CsvSource({
            "127.0.0.1, 127.0.0.1, true",
            "::1, [::1], true",
            "127.0.0.1, localhost, false",
            "localhost, localhost, false",
            "*, 127.0.0.1, false",
            "*.example.org, hooks.example.org, false"})
    void onlyAnAddressEntryNamesAnAddress(String entry, String host, boolean names) {
        assertThat(new HostPattern(entry).namesAddressOf(WebhookHost.of(host))).isEqualTo(names);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", " ", "*.", "**.example.org", "foo.*.example.org", "*example.org", "https://hooks.example.org",
            "hooks.example.org/path", "hooks.example.org:443", "hooks example.org", "hooks_example.org", "-hooks.example.org",
            "*.127.0.0.1", "*.*"})
    void anEntryOfAnyOtherShapeIsRefused(String entry) {
        assertThatIllegalArgumentException().isThrownBy(() -> new HostPattern(entry));
    }

    @Test
    void entriesAreKeptInOneSpelling() {
        assertThat(new HostPattern(" Hooks.Example.ORG. ").entry()).isEqualTo("hooks.example.org");
        assertThat(new HostPattern("*.Example.org").entry()).isEqualTo("*.example.org");
        assertThat(new HostPattern("[::1]").entry()).isEqualTo("::1");
    }
}
