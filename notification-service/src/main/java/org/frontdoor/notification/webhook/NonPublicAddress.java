package org.frontdoor.notification.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a webhook must not reach unless the operator allows it: a receiver there would
 * be this service's own machine or network (or a cloud metadata endpoint such as
 * 169.254.169.254), which a manager's URL must never make it call. An IPv6 address that carries
 * an IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64
 * {@code 64:ff9b::a.b.c.d}) is judged by the IPv4 address it carries.
 */
enum NonPublicAddress {
    UNSPECIFIED("an unspecified address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private address"),
    LINK_LOCAL("a link-local address"),
    MULTICAST("a multicast address"),
    RESERVED("a reserved address");

    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", UNSPECIFIED),
            Block.of("127.0.0.0/8", LOOPBACK),
            Block.of("10.0.0.0/8", PRIVATE),
            Block.of("172.16.0.0/12", PRIVATE),
            Block.of("192.168.0.0/16", PRIVATE),
            // Carrier-grade NAT: not on the public internet either.
            Block.of("100.64.0.0/10", PRIVATE),
            Block.of("169.254.0.0/16", LINK_LOCAL),
            Block.of("224.0.0.0/4", MULTICAST),
            // Includes the broadcast address 255.255.255.255.
            Block.of("240.0.0.0/4", RESERVED));

    private static final List<Block> IPV6 = List.of(
            Block.of("::/128", UNSPECIFIED),
            Block.of("::1/128", LOOPBACK),
            Block.of("fc00::/7", PRIVATE),
            // Site-local, deprecated but still routable inside some networks.
            Block.of("fec0::/10", PRIVATE),
            Block.of("fe80::/10", LINK_LOCAL),
            Block.of("ff00::/8", MULTICAST));

    /** The IPv6 prefixes whose last 32 bits are an IPv4 address: ::ffff:0:0/96, ::/96 and 64:ff9b::/96. */
    private static final List<byte[]> CARRYING_IPV4 = List.of(
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff},
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0});

    private final String description;

    NonPublicAddress(String description) {
        this.description = description;
    }

    /** "a loopback address", for refusal reasons. */
    String description() {
        return description;
    }

    /** What kind of non-public address this is; empty for a public one. */
    static Optional<NonPublicAddress> of(InetAddress address) {
        return of(address.getAddress());
    }

    private static Optional<NonPublicAddress> of(byte[] address) {
        if (address.length == 16) {
            Optional<NonPublicAddress> plainIpv6 = kindIn(IPV6, address);
            if (plainIpv6.isPresent()) {
                return plainIpv6;
            }
            byte[] prefix = Arrays.copyOfRange(address, 0, 12);
            if (CARRYING_IPV4.stream().anyMatch(carrying -> Arrays.equals(carrying, prefix))) {
                return of(Arrays.copyOfRange(address, 12, 16));
            }
            return Optional.empty();
        }
        return kindIn(IPV4, address);
    }

    private static Optional<NonPublicAddress> kindIn(List<Block> blocks, byte[] address) {
        return blocks.stream().filter(block -> block.contains(address)).findFirst().map(Block::kind);
    }

    /** An address block in CIDR notation. */
    private record Block(BigInteger network, int length, int prefixLength, NonPublicAddress kind) {

        static Block of(String cidr, NonPublicAddress kind) {
            String[] parts = cidr.split("/");
            byte[] network = literal(parts[0]);
            return new Block(new BigInteger(1, network), network.length, Integer.parseInt(parts[1]), kind);
        }

        boolean contains(byte[] address) {
            if (address.length != length) {
                return false;
            }
            int hostBits = length * 8 - prefixLength;
            return new BigInteger(1, address).shiftRight(hostBits).equals(network.shiftRight(hostBits));
        }

        private static byte[] literal(String address) {
            try {
                // Brackets make the JDK parse an IPv6 literal and never look the text up as a name.
                return InetAddress.getByName(address.contains(":") ? "[" + address + "]" : address).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an address literal: " + address, e);
            }
        }
    }
}
