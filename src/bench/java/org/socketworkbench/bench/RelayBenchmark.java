package org.socketworkbench.bench;

import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.relay.Relay;
import org.socketworkbench.relay.RelayEndpoints;
import org.socketworkbench.relay.RelayListener;
import org.socketworkbench.relay.RelayProtocol;
import org.socketworkbench.relay.RelaySettings;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The TCP relay without impairments next to {@code socat TCP-LISTEN:P,fork TCP:127.0.0.1:Q}
 * started by this benchmark: bulk throughput (64 KiB writes, the same bytes through each, median
 * of alternating rounds) and the delay each adds to a 1-byte round trip (median, against the same
 * round trip straight to the echo server).
 */
public final class RelayBenchmark {

    private static final int CHUNK = 64 * 1024;
    private static final long BYTES = 256L * 1024 * 1024;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 5;
    private static final int ROUND_TRIPS = 2000;

    private RelayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ServerSocketChannel sink = ServerSocketChannel.open(); ServerSocket echo = new ServerSocket()) {
            sink.bind(new InetSocketAddress("127.0.0.1", 0));
            echo.bind(new InetSocketAddress("127.0.0.1", 0));
            Thread.ofPlatform().daemon().start(() -> sinkLoop(sink));
            Thread.ofPlatform().daemon().start(() -> echoLoop(echo));
            int sinkPort = ((InetSocketAddress) sink.getLocalAddress()).getPort();
            try (SocketEngine engine = SocketEngine.builder().build();
                 Relay toSink = relay(engine, sinkPort);
                 Relay toEcho = relay(engine, echo.getLocalPort());
                 Socat socatToSink = Socat.start(sinkPort);
                 Socat socatToEcho = Socat.start(echo.getLocalPort())) {
                for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                    bulk(toSink.listenPort());
                    bulk(socatToSink.port());
                }
                double[] ours = new double[ROUNDS];
                double[] theirs = new double[ROUNDS];
                for (int i = 0; i < ROUNDS; i++) {
                    ours[i] = bulk(toSink.listenPort());
                    theirs[i] = bulk(socatToSink.port());
                }
                double direct = roundTripMicros(echo.getLocalPort());
                double relayed = roundTripMicros(toEcho.listenPort());
                double socat = roundTripMicros(socatToEcho.port());
                List<BenchResult> results = List.of(
                        new BenchResult("relay TCP bulk, 64 KiB, no impairment (median of " + ROUNDS + ")", "MiB/s",
                                median(ours), median(theirs), true, 0.8),
                        new BenchResult("relay added round-trip delay, 1 byte (median of " + ROUND_TRIPS + ")", "µs",
                                relayed - direct, socat - direct, false, 0));
                System.out.printf("%-52s %14s %14s %8s%n", "benchmark", "relay", "socat", "ratio");
                results.forEach(r -> System.out.println(r.format()));
                System.out.printf("(direct round trip to the echo server: %.1f µs)%n", direct);
            }
        }
    }

    private static Relay relay(SocketEngine engine, int targetPort) throws Exception {
        Relay relay = Relay.create(engine, new RelayEndpoints(RelayProtocol.TCP, "127.0.0.1", 0, "127.0.0.1",
                targetPort), RelaySettings.none(), RelayListener.NONE);
        if (relay.start().get(10, TimeUnit.SECONDS) != 0) {
            throw new IllegalStateException("the relay did not start");
        }
        return relay;
    }

    /** MiB/s of BYTES written through {@code port} to the sink, until the sink's side closed. */
    private static double bulk(int port) throws IOException {
        long start = System.nanoTime();
        try (SocketChannel out = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
            ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
            for (long sent = 0; sent < BYTES; sent += CHUNK) {
                chunk.clear();
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.shutdownOutput();
            // the sink closes after the FIN: every byte went through
            out.read(ByteBuffer.allocate(1));
        }
        return BYTES / (1024.0 * 1024) / ((System.nanoTime() - start) / 1e9);
    }

    private static double roundTripMicros(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            double[] micros = new double[ROUND_TRIPS];
            for (int i = 0; i < ROUND_TRIPS; i++) {
                long start = System.nanoTime();
                socket.getOutputStream().write(i);
                if (socket.getInputStream().read() < 0) {
                    throw new IOException("the echo closed");
                }
                micros[i] = (System.nanoTime() - start) / 1e3;
            }
            return median(micros);
        }
    }

    private static void sinkLoop(ServerSocketChannel sink) {
        while (true) {
            try {
                SocketChannel in = sink.accept();
                Thread.ofPlatform().daemon().start(() -> {
                    try (in) {
                        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
                        while (in.read(buffer.clear()) >= 0) {
                            // count nothing: the sender times the transfer
                        }
                    } catch (IOException ignored) {
                        // the round is over
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void echoLoop(ServerSocket echo) {
        while (true) {
            try {
                Socket socket = echo.accept();
                socket.setTcpNoDelay(true);
                Thread.ofPlatform().daemon().start(() -> {
                    try (socket) {
                        for (int b; (b = socket.getInputStream().read()) >= 0; ) {
                            socket.getOutputStream().write(b);
                        }
                    } catch (IOException ignored) {
                        // the client went away
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A socat relay process, killed at the end. */
    private record Socat(Process process, int port) implements AutoCloseable {

        static Socat start(int targetPort) throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Process process = new ProcessBuilder("socat", "TCP-LISTEN:" + port + ",bind=127.0.0.1,fork,reuseaddr",
                    "TCP:127.0.0.1:" + targetPort).redirectErrorStream(true).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                try (Socket probe = new Socket("127.0.0.1", port)) {
                    return new Socat(process, port);
                } catch (IOException notYet) {
                    if (System.nanoTime() > deadline || !process.isAlive()) {
                        process.destroyForcibly();
                        throw new IllegalStateException("socat did not start", notYet);
                    }
                    CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(20,
                            TimeUnit.MILLISECONDS)).join();
                }
            }
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
