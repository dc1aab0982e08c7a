package com.consort.server.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of the test database that can take it away as an outage would: {@link #cut()}
 * drops every open connection and refuses new ones until {@link #restore()}. {@link #cutOn(String)}
 * cuts at the moment a client sends a statement containing the given text, which lands the outage
 * inside a chosen transaction (PostgreSQL's protocol carries the SQL text in clear).
 */
final class CuttableProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> trigger = new AtomicReference<>();
    private volatile boolean down;
    private volatile CountDownLatch triggered = new CountDownLatch(1);

    CuttableProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The database goes away: open connections break, new ones are refused. */
    void cut() {
        down = true;
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        open.clear();
    }

    /** The database is back. */
    void restore() {
        down = false;
    }

    /** Cuts when a client next sends bytes containing {@code sql}; returns a latch released at that moment. */
    CountDownLatch cutOn(String sql) {
        triggered = new CountDownLatch(1);
        trigger.set(sql);
        return triggered;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    client.close(); // as a stopped server: the connection is refused at once
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream, true);
                pump(upstream, client, false);
            } catch (IOException e) {
                // closed, or the target refused: the client sees a broken connection
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClient) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    String armed = trigger.get();
                    if (fromClient && armed != null
                            && new String(buffer, 0, read, StandardCharsets.ISO_8859_1).contains(armed)
                            && trigger.compareAndSet(armed, null)) {
                        // counted before the cut: the server's 503 can reach the test before this thread runs on
                        triggered.countDown();
                        cut(); // the statement never reaches the database
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // either side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cut();
    }
}
