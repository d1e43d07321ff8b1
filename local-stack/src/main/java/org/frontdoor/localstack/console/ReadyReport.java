package org.frontdoor.localstack.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.frontdoor.localstack.DemoClient;
import org.frontdoor.localstack.RunningStack;

/**
 * What a developer needs once the stack is up: where everything listens, how to get a token to
 * call it with, and where it keeps its data.
 */
record ReadyReport(RunningStack stack, int consolePort, Duration sinceLaunch) {

    private static final int LINE_WIDTH = 64;

    @Override
    public String toString() {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%nFront Door local stack is ready in %.1f s (Kafka and services: %.1f s)%n%n",
                sinceLaunch.toMillis() / 1000.0, stack.startupTime().toMillis() / 1000.0));
        row(table, "Kafka", stack.kafkaBootstrapServers());
        row(table, "console", "http://localhost:" + consolePort + "  (GET/POST /local/clock)");
        row(table, "identity provider", stack.issuer() + "  (the issuer; POST /oauth2/token)");
        List<String> clientLines = wrapped(Arrays.stream(DemoClient.values()).map(DemoClient::clientId).toList());
        for (int line = 0; line < clientLines.size(); line++) {
            row(table, line == 0 ? "demo clients" : "", clientLines.get(line));
        }
        row(table, "", "each with the secret <client id>-secret (development only)");
        stack.serviceUrls().forEach((service, url) -> row(table, service.moduleName(), url.toString()));
        row(table, "data", stack.dataDirectory().toString());
        row(table, "logs", stack.logDirectory().toString());
        table.append(String.format("%nEvery API call needs a token, for example a manager's:%n"
                + "  curl -s -u %1$s:%1$s-secret -d grant_type=client_credentials %2$s/oauth2/token%n",
                DemoClient.MANAGER.clientId(), stack.issuer()));
        table.append(String.format("%nPress Ctrl-C to stop. Start with --clean to forget every contact.%n"));
        return table.toString();
    }

    /** Comma-separated, in lines short enough for a terminal beside the names column. */
    private static List<String> wrapped(List<String> names) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String name : names) {
            if (!line.isEmpty() && line.length() + name.length() + 2 > LINE_WIDTH) {
                lines.add(line.append(',').toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : ", ").append(name);
        }
        lines.add(line.toString());
        return lines;
    }

    private static void row(StringBuilder table, String name, String where) {
        table.append(String.format("  %-26s %s%n", name, where));
    }
}
