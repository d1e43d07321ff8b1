package org.frontdoor.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A manager's system that receives alerts by webhook: a real HTTP server on a free port. */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: its signature and trace headers and its raw body. */
    record Received(String alertId, String signature, String traceparent, byte[] body) {
    }

    /** An address, not a name: "localhost" may resolve to IPv6 in the service and IPv4 here. */
    private static final String LOOPBACK = "127.0.0.1";

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Frontdoor-Alert-Id"),
                    exchange.getRequestHeaders().getFirst("X-Frontdoor-Signature"),
                    exchange.getRequestHeaders().getFirst("traceparent"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://" + LOOPBACK + ":" + server.getAddress().getPort() + "/hook");
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
