package org.frontdoor.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A dashboard that opens the live stream, reads until it is connected, and then never reads
 * another byte, with a receive buffer as small as the system allows: what a frozen browser tab
 * does to the server.
 */
final class StalledDashboard implements AutoCloseable {

    private final Socket socket;

    private StalledDashboard(Socket socket) {
        this.socket = socket;
    }

    static StalledDashboard connect(int port, String token, String query) throws IOException {
        Socket socket = new Socket();
        // Before connecting, or the window is already agreed.
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("localhost", port));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/alerts/stream?" + query + " HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Accept: text/event-stream\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        awaitConnected(socket.getInputStream());
        return new StalledDashboard(socket);
    }

    /** Reads up to the stream's first comment, and not a byte further. */
    private static void awaitConnected(InputStream in) throws IOException {
        StringBuilder seen = new StringBuilder();
        while (seen.indexOf(":connected") < 0) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The stream was refused: " + seen);
            }
            seen.append((char) next);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
