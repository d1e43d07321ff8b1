package org.frontdoor.localstack;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one node) running inside
 * this JVM, from the same jars as a packaged Kafka. Its log directory is formatted once, the
 * first time, and reused on every later start, so the topics survive a restart of the stack.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static KafkaBroker start(Path logDirectory, int port, int controllerPort) {
        KafkaConfig config = KafkaConfig.fromProps(settings(logDirectory, port, controllerPort), false);
        formatOnce(logDirectory);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        log.info("Kafka broker listening on localhost:{}, data in {}", port, logDirectory);
        return new KafkaBroker(server, port);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties settings(Path logDirectory, int port, int controllerPort) {
        Properties settings = new Properties();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", String.valueOf(NODE_ID));
        // A static quorum, read from configuration on every start, so a changed controller
        // port needs no re-format.
        settings.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("log.dirs", logDirectory.toString());

        // One node: every internal topic has exactly one replica.
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("min.insync.replicas", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");

        // Local data is kept until --clean, however old it is: a restart keeps every contact.
        settings.put("log.retention.ms", "-1");
        // The broker keeps Kafka's default refusal of records stamped far in the future, as a
        // production broker would: services stamp records with system time even when the
        // shared clock runs days ahead (docs/decisions/0009), and this stack proves it.

        // Sized for a laptop, not a data centre: two cores and a few hundred MB of heap.
        settings.put("num.network.threads", "2");
        settings.put("num.io.threads", "2");
        settings.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        return settings;
    }

    private static void formatOnce(Path logDirectory) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDirectory.toString())
                    .addDirectory(logDirectory.toString())
                    .run();
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log directory " + logDirectory, e);
        }
        log.info("Formatted a new Kafka log directory in {}", logDirectory);
    }
}
