package org.socketworkbench.bench;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SocketEngine;

import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TCP connections per second over loopback with 8 connections in flight: connect, then close
 * (the server closes its side as soon as it accepts). Engine: create/connect/destroy chains;
 * raw: virtual threads doing open/connect/close.
 */
final class ConnectRateBench {

    private static final int IN_FLIGHT = 8;
    private static final long MEASURE_MS = 3000;

    private ConnectRateBench() {
    }

    static BenchResult run() throws Exception {
        double raw = raw();
        double ours = engine();
        return new BenchResult("TCP connections/s (8 in flight)", "conn/s", ours, raw, true, 0);
    }

    static double raw() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong connections = new AtomicLong();
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0), 1024);
            Thread acceptor = Thread.ofPlatform().start(() -> {
                try {
                    while (true) {
                        server.accept().close();
                    }
                } catch (java.io.IOException ignored) {
                    // closed at the end of the run
                }
            });
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                clients.add(Thread.ofVirtual().start(() -> {
                    while (running.get()) {
                        try (SocketChannel ignored = SocketChannel.open(server.getLocalAddress())) {
                            connections.incrementAndGet();
                        } catch (java.io.IOException e) {
                            return;
                        }
                    }
                }));
            }
            double rate = perSecond(connections);
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
            server.close();
            acceptor.join();
            return rate;
        }
    }

    static double engine() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong connections = new AtomicLong();
        try (SocketEngine server = SocketEngine.builder().build(); SocketEngine clients = SocketEngine.builder().build()) {
            int port = Loopback.listen(server);
            int serverId = Loopback.serverId();
            Callback<AcceptInfo>[] accept = new Callback[1];
            accept[0] = info -> {
                if (info.resultCode() == 0) {
                    server.destroy(info.socketId());
                    server.accept(serverId, accept[0]);
                }
            };
            server.accept(serverId, accept[0]);
            for (int i = 0; i < IN_FLIGHT; i++) {
                chain(clients, port, running, connections);
            }
            double rate = perSecond(connections);
            running.set(false);
            return rate;
        }
    }

    private static void chain(SocketEngine engine, int port, AtomicBoolean running, AtomicLong connections) {
        if (!running.get()) {
            return;
        }
        engine.create("tcp", null, created -> engine.connect(created.socketId(), "127.0.0.1", port, result -> {
            engine.destroy(created.socketId());
            if (result == 0) {
                connections.incrementAndGet();
                chain(engine, port, running, connections);
            }
        }));
    }

    private static double perSecond(AtomicLong counter) throws InterruptedException {
        Thread.sleep(500);
        long before = counter.get();
        long start = System.nanoTime();
        Thread.sleep(MEASURE_MS);
        return (counter.get() - before) / ((System.nanoTime() - start) / 1e9);
    }
}
