package org.frontdoor.localstack.console;

import java.time.Duration;

import org.frontdoor.localstack.RunningStack;

/** What a developer needs once the stack is up: where everything listens and where it keeps its data. */
record ReadyReport(RunningStack stack, int consolePort, Duration sinceLaunch) {

    @Override
    public String toString() {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%nFront Door local stack is ready in %.1f s (Kafka and services: %.1f s)%n%n",
                sinceLaunch.toMillis() / 1000.0, stack.startupTime().toMillis() / 1000.0));
        row(table, "Kafka", stack.kafkaBootstrapServers());
        row(table, "console", "http://localhost:" + consolePort + "  (GET/POST /local/clock)");
        stack.serviceUrls().forEach((service, url) -> row(table, service.moduleName(), url.toString()));
        row(table, "data", stack.dataDirectory().toString());
        row(table, "logs", stack.logDirectory().toString());
        table.append(String.format("%nPress Ctrl-C to stop. Start with --clean to forget every contact.%n"));
        return table.toString();
    }

    private static void row(StringBuilder table, String name, String where) {
        table.append(String.format("  %-26s %s%n", name, where));
    }
}
