package org.frontdoor.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.security.TestTokens;
import org.frontdoor.triage.child.ChildIdentityProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The child-identity secret keys every child reference (decision 0004): triage has no default for
 * it and does not start without one of the authority's own. No broker is needed to find that out.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChildIdentitySecretTest {

    @Test
    void theServiceRefusesToStartWithoutAChildIdentitySecretNamingTheVariable(CapturedOutput output) {
        // Set empty, as an unset variable reads, whatever the environment running the test holds.
        assertThatThrownBy(() -> start("--TRIAGE_CHILD_IDENTITY_SECRET="))
                .hasRootCauseMessage(rootCauseOf("is not set"));
        assertThat(output).contains("TRIAGE_CHILD_IDENTITY_SECRET");
    }

    @Test
    void theServiceRefusesTheDevelopmentSecretOncePublishedWithItsSource() {
        assertThatThrownBy(() -> start("--TRIAGE_CHILD_IDENTITY_SECRET=local-development-only-child-identity-key"))
                .hasRootCauseMessage(rootCauseOf("is the development value once published with the source code"));
    }

    @Test
    void aRefusedSecretIsNeverRepeatedInTheFailure(CapturedOutput output) {
        assertThatThrownBy(() -> start("--triage.child-identity.secret=too-short-Xq7"))
                .hasRootCauseMessage(rootCauseOf("is shorter than 16 characters"));
        assertThat(output).contains("TRIAGE_CHILD_IDENTITY_SECRET").doesNotContain("too-short-Xq7");
    }

    @Test
    void theSecretMayBeAFileNamedAfterTheVariableAsTheLocalStackAndMountedSecretsGiveIt(@TempDir Path secrets)
            throws IOException {
        Files.writeString(secrets.resolve("TRIAGE_CHILD_IDENTITY_SECRET"), "a-secret-kept-in-a-file");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SecretOnly.class)
                .web(WebApplicationType.NONE).run("--spring.config.import=configtree:" + secrets + "/")) {
            assertThat(context.getBean(ChildIdentityProperties.class).secret()).isEqualTo("a-secret-kept-in-a-file");
        }
    }

    /** Only the secret's binding, from triage's own application.yml. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ChildIdentityProperties.class)
    static class SecretOnly {
    }

    private static String rootCauseOf(String problem) {
        return "The child-identity secret " + problem + ". Set TRIAGE_CHILD_IDENTITY_SECRET to this authority's own "
                + "secret of at least 16 characters: it keys the child references (docs/decisions/0004-child-references.md).";
    }

    private static void start(String... secret) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.kafka.bootstrap-servers=localhost:1"));
        for (String line : TestTokens.resourceServerPropertyLines()) {
            arguments.add("--" + line);
        }
        arguments.addAll(List.of(secret));
        new SpringApplicationBuilder(TriageApplication.class).run(arguments.toArray(String[]::new)).close();
    }
}
