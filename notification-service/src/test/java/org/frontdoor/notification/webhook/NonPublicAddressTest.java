package org.frontdoor.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NonPublicAddressTest {

    /** IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96) and NAT64 (64:ff9b::/96). */
    private static final List<byte[]> CARRYING_PREFIXES = List.of(
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff},
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0});

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "0.0.0.0, UNSPECIFIED",
            "0.1.2.3, UNSPECIFIED",
            "::, UNSPECIFIED",
            "127.0.0.1, LOOPBACK",
            "127.255.255.254, LOOPBACK",
            "::1, LOOPBACK",
            "10.0.0.1, PRIVATE",
            "10.255.255.255, PRIVATE",
            "172.16.0.1, PRIVATE",
            "172.31.255.255, PRIVATE",
            "192.168.0.1, PRIVATE",
            "192.168.255.255, PRIVATE",
            "100.64.0.1, PRIVATE",
            "100.127.255.255, PRIVATE",
            "fc00::1, PRIVATE",
            "fd12:3456:789a::1, PRIVATE",
            "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, PRIVATE",
            "fec0::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL",
            "169.254.0.1, LINK_LOCAL",
            "fe80::1, LINK_LOCAL",
            "febf:ffff::1, LINK_LOCAL",
            "224.0.0.1, MULTICAST",
            "239.255.255.250, MULTICAST",
            "ff02::1, MULTICAST",
            "ff0e::101, MULTICAST",
            "240.0.0.1, RESERVED",
            "255.255.255.255, RESERVED"})
    void everyNonPublicRangeIsRecognised(String address, NonPublicAddress kind) throws Exception {
        assertThat(NonPublicAddress.of(literal(address))).contains(kind);
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "11.0.0.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "169.253.255.255", "169.255.0.1", "192.167.255.255", "223.255.255.255", "126.255.255.255",
            "2606:4700::1111", "2001:4860:4860::8888", "fbff::1", "fe7f::1", "64:ff9b::808:808"})
    void publicAddressesAreNotRefused(String address) throws Exception {
        assertThat(NonPublicAddress.of(literal(address))).isEmpty();
    }

    @ParameterizedTest(name = "{0} carried in IPv6 is {1}")
    @CsvSource({
            "127.0.0.1, LOOPBACK",
            "10.1.2.3, PRIVATE",
            "192.168.1.1, PRIVATE",
            "169.254.169.254, LINK_LOCAL",
            "0.0.0.0, UNSPECIFIED",
            "224.0.0.1, MULTICAST"})
    void anIpv6AddressCarryingAnIpv4AddressIsJudgedByTheIpv4Address(String ipv4, NonPublicAddress kind) throws Exception {
        for (byte[] prefix : CARRYING_PREFIXES) {
            assertThat(NonPublicAddress.of(carrying(prefix, ipv4))).as("%s after prefix %s", ipv4, HexFormat.of().formatHex(prefix)).contains(kind);
        }
    }

    @ParameterizedTest(name = "IPv4-mapped {0} as the JDK parses it is {1}")
    @CsvSource({"::ffff:127.0.0.1, LOOPBACK", "::ffff:a9fe:a9fe, LINK_LOCAL", "::ffff:10.0.0.1, PRIVATE"})
    void anIpv4MappedLiteralIsJudgedByItsIpv4Address(String address, NonPublicAddress kind) throws Exception {
        assertThat(NonPublicAddress.of(literal(address))).contains(kind);
    }

    @Test
    void aPublicIpv4AddressCarriedInIpv6IsPublic() throws Exception {
        for (byte[] prefix : CARRYING_PREFIXES) {
            assertThat(NonPublicAddress.of(carrying(prefix, "8.8.8.8"))).isEmpty();
        }
    }

    /** An IPv6 address object, kept as IPv6 (InetAddress.getByName would turn a mapped one into IPv4). */
    private static InetAddress carrying(byte[] prefix, String ipv4) throws Exception {
        byte[] address = new byte[16];
        System.arraycopy(prefix, 0, address, 0, 12);
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, address, 12, 4);
        return Inet6Address.getByAddress(null, address, -1);
    }

    private static InetAddress literal(String address) throws Exception {
        return InetAddress.getByName(address.contains(":") ? "[" + address + "]" : address);
    }
}
