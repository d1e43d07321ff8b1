package org.frontdoor.localstack.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalStackConsoleTest {

    @Test
    void theCleanFlagAsksForACleanStackAndEveryOtherArgumentPassesThrough() {
        assertThat(LocalStackConsole.withFlagsAsProperties(new String[] {"--clean", "--server.port=18080"}))
                .containsExactly("--local-stack.clean=true", "--server.port=18080");
    }
}
