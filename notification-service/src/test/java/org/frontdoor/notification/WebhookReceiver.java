package org.frontdoor.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server in the test JVM standing in for a manager's system: it answers with the
 * statuses it is scripted with (then 200) and keeps every request exactly as it arrived.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(Headers headers, byte[] body, int answeredWith, long arrivedAtNanos) {
        boolean succeeded() {
            return answeredWith >= 200 && answeredWith < 300;
        }

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    static {
        // Without it the JDK's server leaves Nagle's algorithm on, adding tens of milliseconds per response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Deque<Integer> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int thereafter = 200;

    private WebhookReceiver() throws IOException {
        // 127.0.0.1 itself, not "localhost": the tests allow webhooks to that address only (see ServiceIntegrationTest).
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static WebhookReceiver answering(Integer... firstStatuses) throws IOException {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.script.addAll(List.of(firstStatuses));
        return receiver;
    }

    static WebhookReceiver alwaysAnswering(int status) throws IOException {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.thereafter = status;
        return receiver;
    }

    String url() {
        return urlNaming("127.0.0.1");
    }

    /** This receiver's URL written with another name for its host, such as "localhost". */
    String urlNaming(String host) {
        return "http://" + host + ":" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    long successes() {
        return received.stream().filter(Received::succeeded).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        int status;
        synchronized (script) {
            status = script.isEmpty() ? thereafter : script.poll();
        }
        received.add(new Received(exchange.getRequestHeaders(), body, status, System.nanoTime()));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
