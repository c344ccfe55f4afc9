package org.socketworkbench.relay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Latency with jitter, the bandwidth cap and stall on a TCP relay, measured with real loopback
 * sockets (correctness of the delays, not speed: that is the benchmark's job).
 */
class ImpairmentTimingTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    private Relay relay;

    @AfterEach
    void close() {
        if (relay != null) {
            relay.close();
        }
        engine.close();
    }

    private void start(int targetPort, Impairments toServer) throws Exception {
        relay = Relay.create(engine, new RelayEndpoints(RelayProtocol.TCP, "127.0.0.1", 0, "127.0.0.1", targetPort),
                new RelaySettings(toServer, Impairments.NONE, 7), RelayListener.NONE);
        assertEquals(0, relay.start().get(10, TimeUnit.SECONDS));
    }

    @Test
    void latencyTwentyMillisecondsWithFiveOfJitterAddsAMedianOfTwenty() throws Exception {
        // The relay's own cost is measured through the same relay without latency (its lower
        // quartile: its median swings by milliseconds with whatever else runs). Scheduling noise
        // on a machine shared by many builds only ever adds delay, and a single round can be
        // pushed past the limit by it, so up to three rounds are measured and one must meet it;
        // a relay adding the wrong delay fails all three.
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<Double> plain = oneWayDelays(Impairments.NONE, 30);
            List<Double> delayed = oneWayDelays(Impairments.builder().latency(20, 5).build(), 80);
            double added = percentile(delayed, 50) - percentile(plain, 25);
            double spread = percentile(delayed, 90) - percentile(delayed, 10);
            assertTrue(delayed.getFirst() >= 14.5, "never below latency - jitter: " + delayed.getFirst());
            assertTrue(spread >= 4, "jitter shows: p90 - p10 = " + spread + " ms");
            if (Math.abs(added - 20) <= 2) {
                return;
            }
            rounds.add("added p50 " + added + " ms; plain " + plain + "; delayed " + delayed);
        }
        throw new AssertionError("no round within 2 ms of 20 ms:\n" + String.join("\n", rounds));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    /** One-way delays (ms, sorted) of {@code messages} 8-byte messages 30 ms apart through a fresh relay. */
    private List<Double> oneWayDelays(Impairments impairments, int messages) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start(server.getLocalPort(), impairments);
            CompletableFuture<List<Double>> delays = CompletableFuture.supplyAsync(() -> {
                List<Double> millis = new ArrayList<>();
                try (Socket peer = server.accept(); DataInputStream in = new DataInputStream(peer.getInputStream())) {
                    for (int i = 0; i < messages; i++) {
                        long sent = in.readLong();
                        millis.add((System.nanoTime() - sent) / 1e6);
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
                return millis;
            });
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.listenPort())) {
                client.setTcpNoDelay(true);
                DataOutputStream out = new DataOutputStream(client.getOutputStream());
                for (int i = 0; i < messages; i++) {
                    out.writeLong(System.nanoTime());
                    out.flush();
                    // pacing the sender (not waiting for anything): 30 ms apart, more than the jitter
                    LockSupport.parkNanos(30_000_000L);
                }
                List<Double> measured = new ArrayList<>(delays.get(60, TimeUnit.SECONDS));
                Collections.sort(measured);
                return measured;
            }
        } finally {
            relay.close();
            relay = null;
        }
    }

    @Test
    void aBandwidthCapOfOneMegabytePerSecondHoldsWithinTenPercentOverTenSeconds() throws Exception {
        long rate = 1_000_000;
        long window = 10 * rate;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start(server.getLocalPort(), Impairments.builder().bandwidth(rate).build());
            CompletableFuture<Double> seconds = CompletableFuture.supplyAsync(() -> {
                try (Socket peer = server.accept(); InputStream in = peer.getInputStream()) {
                    byte[] buffer = new byte[64 * 1024];
                    int first = in.read(buffer);
                    long start = System.nanoTime();
                    long received = 0;
                    while (received < window) {
                        received += in.read(buffer);
                    }
                    return (System.nanoTime() - start) / 1e9 * window / received;
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.listenPort())) {
                // its own thread: the receiver may hold the common pool's only worker
                Thread.ofPlatform().daemon().start(() -> {
                    byte[] block = new byte[16 * 1024];
                    try {
                        while (!seconds.isDone()) {
                            client.getOutputStream().write(block);
                        }
                    } catch (IOException e) {
                        // the relay closed at the end of the test
                    }
                });
                double measured = seconds.get(30, TimeUnit.SECONDS);
                assertTrue(measured >= 9.0 && measured <= 11.0, "10 MB took " + measured + " s at a 1 MB/s cap");
            }
        }
    }

    @Test
    void stallStopsReadingUntilItIsSwitchedOffWhileRunning() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start(server.getLocalPort(), Impairments.builder().stall(true).build());
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.listenPort());
                 Socket peer = server.accept()) {
                client.getOutputStream().write(42);
                peer.setSoTimeout(300);
                assertThrows(SocketTimeoutException.class, () -> peer.getInputStream().read(), "stalled");
                relay.update(new RelaySettings(Impairments.NONE, Impairments.NONE, 7));
                peer.setSoTimeout(10_000);
                assertEquals(42, peer.getInputStream().read());
            }
        }
    }
}
