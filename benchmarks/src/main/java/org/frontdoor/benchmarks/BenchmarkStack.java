package org.frontdoor.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.localstack.FrontDoorService;
import org.frontdoor.localstack.RunningStack;
import org.frontdoor.localstack.console.LocalStackConsole;
import org.frontdoor.localstack.console.StackLifecycle;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The system under test: the local stack exactly as {@code ./run-local.sh} runs it (a real broker,
 * the identity provider and each service in its own JVM from its production jar), on free ports
 * and in a fresh directory so a benchmark never meets data from an earlier run.
 */
final class BenchmarkStack implements AutoCloseable {

    private final ConfigurableApplicationContext console;
    private final RunningStack stack;

    private BenchmarkStack(ConfigurableApplicationContext console) {
        this.console = console;
        this.stack = console.getBean(StackLifecycle.class).stack();
    }

    static BenchmarkStack start() {
        Path data;
        try {
            data = Files.createTempDirectory("front-door-benchmark");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--logging.level.root=warn",
                "--local-stack.data-directory=" + data,
                "--local-stack.kafka.port=0",
                "--local-stack.kafka.controller-port=0",
                "--local-stack.mail.port=" + freePort(),
                "--local-stack.identity.port=0"));
        for (FrontDoorService service : FrontDoorService.values()) {
            args.add("--local-stack.services." + service.moduleName() + ".port=0");
        }
        return new BenchmarkStack(new SpringApplicationBuilder(LocalStackConsole.class).run(args.toArray(String[]::new)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI service(FrontDoorService service) {
        return stack.serviceUrl(service);
    }

    URI tokenEndpoint() {
        return URI.create(stack.issuer() + "/oauth2/token");
    }

    String bootstrapServers() {
        return stack.kafkaBootstrapServers();
    }

    RunningStack stack() {
        return stack;
    }

    @Override
    public void close() {
        console.close();
    }
}
