package org.frontdoor.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.localstack.console.LocalStackConsole;
import org.frontdoor.localstack.console.StackLifecycle;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The console, a real broker, the identity provider and the four services from the jars packaged
 * earlier in the same reactor build, on free ports in a temporary directory: started once for
 * every test class that asks for it, and stopped when the test run ends.
 */
final class WholeStack implements ParameterResolver {

    /** What a test talks to, and the tokens it calls the services with. */
    record Running(ConfigurableApplicationContext console, RunningStack stack, URI consoleUrl, DemoTokens tokens)
            implements AutoCloseable {

        URI service(FrontDoorService service, String path) {
            return stack.serviceUrl(service).resolve(path);
        }

        /** Calls as this demo client, with a token from the stack's identity provider. */
        RestClient as(DemoClient client) {
            return tokens.as(client);
        }

        @Override
        public void close() {
            console.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(WholeStack.class, key -> start(), Running.class);
    }

    private static Running start() {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("front-door-stack");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int smtpPort = FreePort.pick();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--local-stack.data-directory=" + dataDirectory,
                "--local-stack.kafka.port=0",
                "--local-stack.kafka.controller-port=0",
                "--local-stack.identity.port=0",
                "--local-stack.mail.port=" + smtpPort,
                // Alerts reach the test's webhook receiver within a second, not the production back-off.
                "--local-stack.services.notification-service.properties.frontdoor.notifications.delivery.initial-delay=PT0.5S"));
        for (FrontDoorService service : FrontDoorService.values()) {
            args.add("--local-stack.services." + service.moduleName() + ".port=0");
        }
        ConfigurableApplicationContext console;
        try {
            console = new SpringApplicationBuilder(LocalStackConsole.class).run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw reasonOf(e);
        }
        RunningStack stack = console.getBean(StackLifecycle.class).stack();
        URI consoleUrl = URI.create("http://localhost:" + ((WebServerApplicationContext) console).getWebServer().getPort());
        return new Running(console, stack, consoleUrl, new DemoTokens(stack.issuer()));
    }

    /** Puts what to do (such as "build from the root") in the test's failure line, not deep in its causes. */
    private static RuntimeException reasonOf(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackStartFailure reason) {
                return reason;
            }
        }
        return failure;
    }
}
