package org.socketworkbench.bench;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SocketEngine;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TCP bulk transfer over loopback: a writer sends 64 KiB chunks, a reader reads with the given
 * buffer size. Engine: write/read callbacks (writes kept 4 deep, as an app may queue them);
 * raw: two blocking SocketChannel threads, each reusing one heap buffer.
 *
 * <p>On a small shared machine one run of either can be half as fast as the next (where the
 * scheduler puts the threads), so each figure is the median of alternating rounds. The engine's
 * longer call chains take the JIT a few gigabytes to compile, so both warm up for
 * {@value #WARM_UP_ROUNDS} rounds first.
 */
final class TcpBulkBench {

    private static final int CHUNK = 64 * 1024;
    private static final int WRITES_IN_FLIGHT = 4;
    private static final int WARM_UP_ROUNDS = 6;
    /** Each figure is the median of this many rounds, interleaved, so that a busy moment hurts nobody in particular. */
    private static final int ROUNDS = 9;

    private TcpBulkBench() {
    }

    static BenchResult run(int readSize, long bytes) throws Exception {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            raw(readSize, bytes);
            engine(readSize, bytes);
        }
        double[] raw = new double[ROUNDS];
        double[] ours = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            raw[round] = raw(readSize, bytes);
            ours[round] = engine(readSize, bytes);
        }
        return new BenchResult("TCP bulk, read buffer " + readSize / 1024 + " KiB (median of " + ROUNDS + ")",
                "MiB/s", median(ours), median(raw), true, readSize == CHUNK ? 0.8 : 0);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double raw(int readSize, long bytes) throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            CompletableFuture<Long> read = new CompletableFuture<>();
            Thread reader = Thread.ofPlatform().start(() -> {
                try (SocketChannel in = server.accept()) {
                    ByteBuffer buffer = ByteBuffer.allocate(readSize);
                    long total = 0;
                    while (total < bytes) {
                        buffer.clear();
                        int n = in.read(buffer);
                        if (n < 0) {
                            break;
                        }
                        total += n;
                    }
                    read.complete(total);
                } catch (Exception e) {
                    read.completeExceptionally(e);
                }
            });
            long start = System.nanoTime();
            try (SocketChannel out = SocketChannel.open(server.getLocalAddress())) {
                ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
                for (long sent = 0; sent < bytes; sent += CHUNK) {
                    chunk.clear();
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                }
                read.get();
            }
            reader.join();
            return mibPerSecond(bytes, System.nanoTime() - start);
        }
    }

    static double engine(int readSize, long bytes) throws Exception {
        try (SocketEngine receiver = SocketEngine.builder().build(); SocketEngine sender = SocketEngine.builder().build()) {
            int port = Loopback.listen(receiver);
            int serverId = Loopback.serverId();
            CompletableFuture<Long> read = new CompletableFuture<>();
            receiver.accept(serverId, (AcceptInfo info) -> readLoop(receiver, info.socketId(), readSize, bytes,
                    new AtomicLong(), read));
            int client = Loopback.connect(sender, port);
            long start = System.nanoTime();
            AtomicLong queued = new AtomicLong();
            byte[] chunk = new byte[CHUNK];
            Callback<org.socketworkbench.engine.WriteInfo>[] next = new Callback[1];
            next[0] = written -> {
                if (written.bytesWritten() > 0 && queued.addAndGet(CHUNK) <= bytes) {
                    sender.write(client, chunk, next[0]);
                }
            };
            for (int i = 0; i < WRITES_IN_FLIGHT; i++) {
                queued.addAndGet(CHUNK);
                sender.write(client, chunk, next[0]);
            }
            read.get();
            return mibPerSecond(bytes, System.nanoTime() - start);
        }
    }

    private static void readLoop(SocketEngine engine, int id, int size, long bytes, AtomicLong total,
                                 CompletableFuture<Long> done) {
        engine.read(id, size, info -> {
            if (info.resultCode() <= 0) {
                done.completeExceptionally(new IllegalStateException("read " + info.resultCode()));
            } else if (total.addAndGet(info.resultCode()) >= bytes) {
                done.complete(total.get());
            } else {
                readLoop(engine, id, size, bytes, total, done);
            }
        });
    }

    private static double mibPerSecond(long bytes, long nanos) {
        return bytes / (1024.0 * 1024.0) / (nanos / 1e9);
    }
}
