package org.socketworkbench.bench;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.WriteInfo;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * UDP datagrams per second over loopback, counted at the receiver. Engine: a sendTo loop (each
 * callback sends the next) and a recvFrom loop, each side with its own engine; raw: a blocking
 * send thread and a blocking receive thread.
 */
final class UdpRateBench {

    private static final long WARM_UP_MS = 1000;
    private static final long MEASURE_MS = 3000;

    private UdpRateBench() {
    }

    static BenchResult run(int payload) throws Exception {
        double raw = raw(payload);
        double ours = engine(payload);
        return new BenchResult("UDP " + payload + "-byte datagrams received/s", "dgram/s", ours, raw, true, 0.7);
    }

    static double raw(int payload) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong received = new AtomicLong();
        try (DatagramChannel in = DatagramChannel.open(); DatagramChannel out = DatagramChannel.open()) {
            in.bind(new InetSocketAddress("127.0.0.1", 0));
            out.bind(new InetSocketAddress("127.0.0.1", 0));
            InetSocketAddress target = (InetSocketAddress) in.getLocalAddress();
            Thread receiver = Thread.ofPlatform().start(() -> {
                ByteBuffer buffer = ByteBuffer.allocate(4096);
                try {
                    while (running.get()) {
                        buffer.clear();
                        in.receive(buffer);
                        received.incrementAndGet();
                    }
                } catch (java.io.IOException ignored) {
                    // closed at the end of the run
                }
            });
            Thread sender = Thread.ofPlatform().start(() -> {
                ByteBuffer datagram = ByteBuffer.allocate(payload);
                try {
                    while (running.get()) {
                        datagram.clear();
                        out.send(datagram, target);
                    }
                } catch (java.io.IOException ignored) {
                    // closed at the end of the run
                }
            });
            double rate = measure(received);
            running.set(false);
            out.send(ByteBuffer.allocate(1), target);
            sender.join();
            in.close();
            receiver.join();
            return rate;
        }
    }

    static double engine(int payload) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong received = new AtomicLong();
        try (SocketEngine receiving = SocketEngine.builder().build(); SocketEngine sending = SocketEngine.builder().build()) {
            int[] in = Loopback.bindUdp(receiving);
            int[] out = Loopback.bindUdp(sending);
            Callback<RecvFromInfo>[] receive = new Callback[1];
            receive[0] = info -> {
                if (info.resultCode() >= 0) {
                    received.incrementAndGet();
                    receiving.recvFrom(in[0], 4096, receive[0]);
                }
            };
            receiving.recvFrom(in[0], 4096, receive[0]);
            byte[] datagram = new byte[payload];
            Callback<WriteInfo>[] send = new Callback[1];
            send[0] = written -> {
                if (running.get()) {
                    sending.sendTo(out[0], datagram, "127.0.0.1", in[1], send[0]);
                }
            };
            sending.sendTo(out[0], datagram, "127.0.0.1", in[1], send[0]);
            double rate = measure(received);
            running.set(false);
            return rate;
        }
    }

    /** Datagrams per second over the measuring window, after a warm-up. */
    private static double measure(AtomicLong received) throws InterruptedException {
        Thread.sleep(WARM_UP_MS);
        long before = received.get();
        long start = System.nanoTime();
        Thread.sleep(MEASURE_MS);
        long count = received.get() - before;
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
