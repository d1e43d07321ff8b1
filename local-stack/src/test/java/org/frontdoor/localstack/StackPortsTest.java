package org.frontdoor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StackPortsTest {

    @Test
    void choosesADifferentFreePortForEveryListenerLeftToChoose() {
        StackPorts ports = StackPorts.choose(LocalStackOptions.defaults().onFreePorts());

        Set<Integer> distinct = new HashSet<>(ports.services().values());
        distinct.add(ports.kafka());
        distinct.add(ports.controller());
        distinct.add(ports.identity());
        assertThat(distinct).hasSize(7).doesNotContain(0);
    }

    @Test
    void reportsAPortAlreadyInUseBeforeAnythingStarts() throws IOException {
        try (ServerSocket earlierStack = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = earlierStack.getLocalPort();
            LocalStackOptions elsewhereFree = LocalStackOptions.defaults().onFreePorts();
            LocalStackOptions onBusyPort = new LocalStackOptions(null, false, null,
                    new LocalStackOptions.Kafka(busy, 0), elsewhereFree.identity(), null, null, elsewhereFree.services());

            assertThatThrownBy(() -> StackPorts.choose(onBusyPort))
                    .isInstanceOf(StackStartFailure.class)
                    .hasMessageContaining(busy + " (Kafka)")
                    .hasMessageContaining("another local stack");
        }
    }

    @Test
    void reportsTheIdentityProvidersPortInUse() throws IOException {
        try (ServerSocket earlierStack = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = earlierStack.getLocalPort();
            LocalStackOptions elsewhereFree = LocalStackOptions.defaults().onFreePorts();
            LocalStackOptions onBusyPort = new LocalStackOptions(null, false, null, elsewhereFree.kafka(),
                    new LocalStackOptions.Identity(busy), null, null, elsewhereFree.services());

            assertThatThrownBy(() -> StackPorts.choose(onBusyPort))
                    .isInstanceOf(StackStartFailure.class)
                    .hasMessageContaining(busy + " (local-identity)");
        }
    }
}
