package org.socketworkbench.sockets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.payloads.CounterSequence;
import org.socketworkbench.payloads.PayloadTemplate;
import org.socketworkbench.traffic.PayloadFormat;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The composer's repeated send, on a real UDP socket to a real receiver on loopback. */
class SendJobTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    private final List<OperationOutcome> outcomes = new ArrayList<>();
    private final SocketActions actions = new SocketActions(engine, outcomes::add, Runnable::run);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void sendsNTimesAtTheIntervalAndReportsWhenDone() throws Exception {
        try (DatagramChannel receiver = DatagramChannel.open()) {
            receiver.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) receiver.getLocalAddress()).getPort();
            int[] socket = new Sync(engine).boundUdp();
            CompletableFuture<SendJob.Progress> finished = new CompletableFuture<>();
            long start = System.nanoTime();
            new SendJob(actions, new SendRequest(socket[0], new byte[] {1, 2, 3}, "127.0.0.1", port, 5, 20),
                    progress -> {
                        if (progress.finished()) {
                            finished.complete(progress);
                        }
                    }).start();
            SendJob.Progress done = finished.get(20, TimeUnit.SECONDS);
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(5, done.sent());
            assertNull(done.failure());
            assertTrue(elapsedMillis >= 80, "four intervals of 20 ms lie between five sends: " + elapsedMillis);
            for (int i = 0; i < 5; i++) {
                ByteBuffer datagram = ByteBuffer.allocate(16);
                receiver.receive(datagram);
                assertEquals(3, datagram.position());
            }
        }
    }

    @Test
    void eachSendExpandsTheTemplateWithTheJobsNextCounterValue() throws Exception {
        try (DatagramChannel receiver = DatagramChannel.open()) {
            receiver.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) receiver.getLocalAddress()).getPort();
            int[] socket = new Sync(engine).boundUdp();
            PayloadTemplate template = PayloadTemplate.compile("n={{COUNTER}}{{XOR8}}", PayloadFormat.TEXT, StandardCharsets.UTF_8);
            CompletableFuture<SendJob.Progress> finished = new CompletableFuture<>();
            new SendJob(actions, new SendRequest(socket[0], template, new CounterSequence(10, 5), "127.0.0.1", port, 3, 0),
                    progress -> {
                        if (progress.finished()) {
                            finished.complete(progress);
                        }
                    }).start();
            assertEquals(3, finished.get(20, TimeUnit.SECONDS).sent());
            for (String expected : new String[] {"n=10", "n=15", "n=20"}) {
                ByteBuffer datagram = ByteBuffer.allocate(16);
                receiver.receive(datagram);
                byte xor = 0;
                for (byte b : expected.getBytes(StandardCharsets.US_ASCII)) {
                    xor ^= b;
                }
                assertEquals(expected + (char) xor, new String(datagram.array(), 0, datagram.position(), StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void stopsAtTheFirstFailure() throws Exception {
        int fresh = new Sync(engine).create("udp");
        CompletableFuture<SendJob.Progress> finished = new CompletableFuture<>();
        new SendJob(actions, new SendRequest(fresh, new byte[] {1}, "127.0.0.1", 9, 3, 0), progress -> {
            if (progress.finished()) {
                finished.complete(progress);
            }
        }).start();
        SendJob.Progress done = finished.get(20, TimeUnit.SECONDS);
        assertEquals(0, done.sent());
        assertEquals("send 1 of 3 failed", done.failure());
        assertEquals("send: -15 ERR_SOCKET_NOT_CONNECTED", outcomes.getLast().brief());
    }
}
