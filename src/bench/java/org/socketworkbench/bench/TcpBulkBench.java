package org.socketworkbench.bench;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SocketEngine;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TCP bulk transfer over loopback: a writer sends 64 KiB chunks, a reader reads with the given
 * buffer size. Engine: write/read callbacks (writes kept 4 deep, as an app may queue them);
 * raw: two blocking SocketChannel threads with heap buffers.
 */
final class TcpBulkBench {

    private static final int CHUNK = 64 * 1024;
    private static final int WRITES_IN_FLIGHT = 4;
    /** Each figure is the best of this many runs, interleaved, so that a busy moment hurts nobody in particular. */
    private static final int ROUNDS = 3;

    private TcpBulkBench() {
    }

    /**
     * Against raw NIO reading into one reused buffer (the target's baseline), and against raw NIO
     * that hands every read to the application as an array of its own, which is what
     * chrome.socket's read does (Chrome gives each read a new ArrayBuffer).
     */
    static List<BenchResult> run(int readSize, long bytes) throws Exception {
        raw(readSize, bytes / 2, false);
        engine(readSize, bytes / 2);
        double raw = 0;
        double rawOwnArrays = 0;
        double ours = 0;
        for (int round = 0; round < ROUNDS; round++) {
            raw = Math.max(raw, raw(readSize, bytes, false));
            rawOwnArrays = Math.max(rawOwnArrays, raw(readSize, bytes, true));
            ours = Math.max(ours, engine(readSize, bytes));
        }
        String name = "TCP bulk, read buffer " + readSize / 1024 + " KiB";
        return List.of(
                new BenchResult(name + " (vs raw, one reused buffer)", "MiB/s", ours, raw, true, 0),
                new BenchResult(name + " (vs raw, array per read)", "MiB/s", ours, rawOwnArrays, true,
                        readSize == CHUNK ? 0.8 : 0));
    }

    static double raw(int readSize, long bytes, boolean arrayPerRead) throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            CompletableFuture<Long> read = new CompletableFuture<>();
            Thread reader = Thread.ofPlatform().start(() -> {
                try (SocketChannel in = server.accept()) {
                    ByteBuffer buffer = ByteBuffer.allocate(readSize);
                    long total = 0;
                    long checksum = 0;
                    while (total < bytes) {
                        buffer.clear();
                        int n = in.read(buffer);
                        if (n < 0) {
                            break;
                        }
                        total += n;
                        if (arrayPerRead) {
                            checksum += Arrays.copyOf(buffer.array(), n)[0];
                        }
                    }
                    read.complete(total + checksum * 0);
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
