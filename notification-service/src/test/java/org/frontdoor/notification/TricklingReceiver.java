package org.frontdoor.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A receiver that answers 200 at once and then sends its body a byte at a time, never finishing:
 * what a broken or hostile manager's system can do to hold a sender. It notes when its caller
 * hangs up.
 */
final class TricklingReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile boolean answering;
    private volatile boolean hungUpOn;
    private volatile boolean closed;

    private TricklingReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static TricklingReceiver start() throws IOException {
        return new TricklingReceiver();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Whether a request has been answered with its status and the body has begun. */
    boolean answering() {
        return answering;
    }

    /** Whether a caller hung up while the body was still coming. */
    boolean hungUpOn() {
        return hungUpOn;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        answering = true;
        try {
            while (!closed) {
                body.write('.');
                body.flush();
                Thread.sleep(100);
            }
        } catch (IOException hungUp) {
            hungUpOn = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
