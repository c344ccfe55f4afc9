package org.socketworkbench.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.testing.Eventually;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** No descriptor, thread or callback leaks; many concurrent connections behave. */
class ResourceTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    private final Sync sync = new Sync(engine);

    @AfterEach
    void close() {
        engine.close();
    }

    /** The server destroys each accepted connection after its first read; counts them. */
    private CountDownLatch acceptReadAndDestroy(int serverId, int connections) {
        CountDownLatch closed = new CountDownLatch(connections);
        Callback<AcceptInfo>[] loop = new Callback[1];
        loop[0] = info -> {
            if (info.resultCode() != 0) {
                return;
            }
            engine.read(info.socketId(), null, read -> {
                engine.destroy(info.socketId());
                closed.countDown();
            });
            engine.accept(serverId, loop[0]);
        };
        engine.accept(serverId, loop[0]);
        return closed;
    }

    private void cycles(int port, int n) {
        byte[] payload = {42};
        for (int i = 0; i < n; i++) {
            int id = sync.create("tcp");
            assertEquals(0, sync.value((Callback<Integer> cb) -> engine.connect(id, "127.0.0.1", port, cb)));
            assertEquals(1, sync.value((Callback<WriteInfo> cb) -> engine.write(id, payload, cb)).bytesWritten());
            engine.destroy(id);
        }
    }

    @Test
    void tenThousandConnectWriteDestroyCyclesLeaveDescriptorsAndThreadsWhereTheyStarted() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc/self/fd (Linux)");
        int[] server = sync.listeningServer();
        int warmUp = 200;
        int n = 10_000;
        CountDownLatch closed = acceptReadAndDestroy(server[0], warmUp + n);
        cycles(server[1], warmUp);
        awaitCount(closed, n);
        long fds = openDescriptors();
        long threads = platformThreads();

        cycles(server[1], n);

        assertTrue(closed.await(60, TimeUnit.SECONDS), "server saw every connection close");
        assertEquals(1, engine.stats().liveSockets(), "only the server is left");
        // the last read's callback counts down before its operation has finished returning
        Eventually.await(Duration.ofSeconds(10), () -> engine.stats().runningOperations() == 1,
                () -> "only the server's pending accept runs, but " + engine.stats().runningOperations() + " do");
        assertEquals(fds, openDescriptors(), "open file descriptors");
        assertEquals(threads, platformThreads(), "platform threads (virtual-thread carriers excluded)");
    }

    private static void awaitCount(CountDownLatch latch, long remaining) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (latch.getCount() > remaining && System.nanoTime() < deadline) {
            latch.await(10, TimeUnit.MILLISECONDS);
        }
        assertEquals(remaining, latch.getCount(), "warm-up connections closed");
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static long platformThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.isVirtual() && !t.getName().startsWith("ForkJoinPool"))
                .count();
    }

    @Test
    void aThousandConcurrentConnectionsEachGetTheirOwnBytesBack() throws Exception {
        int[] server = sync.listeningServer(1024);
        Callback<AcceptInfo>[] acceptLoop = new Callback[1];
        acceptLoop[0] = info -> {
            if (info.resultCode() == 0) {
                echo(info.socketId());
                engine.accept(server[0], acceptLoop[0]);
            }
        };
        engine.accept(server[0], acceptLoop[0]);

        int clients = 1000;
        int size = 1024;
        CountDownLatch done = new CountDownLatch(clients);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < clients; i++) {
            byte[] payload = new byte[size];
            new Random(i).nextBytes(payload);
            engine.create("tcp", null, created -> engine.connect(created.socketId(), "127.0.0.1", server[1], result -> {
                if (result != 0) {
                    failures.add("connect " + result);
                    done.countDown();
                    return;
                }
                engine.write(created.socketId(), payload, written -> { });
                readAll(created.socketId(), new byte[0], size, received -> {
                    if (!Arrays.equals(payload, received)) {
                        failures.add("socket " + created.socketId() + " got other bytes");
                    }
                    engine.destroy(created.socketId());
                    done.countDown();
                });
            }));
        }
        assertTrue(done.await(60, TimeUnit.SECONDS), "all clients finished; left: " + done.getCount());
        assertEquals(0, failures.size(), failures.toString());
    }

    private void echo(int socketId) {
        engine.read(socketId, null, info -> {
            if (info.resultCode() > 0) {
                engine.write(socketId, info.data(), written -> echo(socketId));
            } else {
                engine.destroy(socketId);
            }
        });
    }

    private void readAll(int socketId, byte[] soFar, int size, java.util.function.Consumer<byte[]> done) {
        engine.read(socketId, null, info -> {
            if (info.resultCode() <= 0) {
                done.accept(soFar);
                return;
            }
            byte[] more = Arrays.copyOf(soFar, soFar.length + info.resultCode());
            System.arraycopy(info.data(), 0, more, soFar.length, info.resultCode());
            if (more.length >= size) {
                done.accept(more);
            } else {
                readAll(socketId, more, size, done);
            }
        });
    }
}
