package org.socketworkbench.bench;

import org.socketworkbench.engine.SocketEngine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Heap held by idle connections: N loopback connections to a {@link HoldServer} in a child
 * process. Engine: each connection has a read pending (what an app does); raw: bare channels.
 */
final class IdleMemoryBench {

    private IdleMemoryBench() {
    }

    static List<BenchResult> run(int connections) throws Exception {
        Process hold = startHoldServer();
        try {
            int port = Integer.parseInt(new BufferedReader(new InputStreamReader(hold.getInputStream())).readLine().trim());
            double raw = raw(port, connections);
            double ours = engine(port, connections);
            return List.of(
                    new BenchResult("heap for " + connections + " idle connections", "MiB", ours, raw, false, 512),
                    new BenchResult("heap per idle connection", "KiB", ours * 1024 / connections,
                            raw * 1024 / connections, false, 0));
        } finally {
            hold.getOutputStream().close();
            hold.waitFor(10, TimeUnit.SECONDS);
            hold.destroyForcibly();
        }
    }

    private static Process startHoldServer() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HoldServer.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static double raw(int port, int n) throws Exception {
        long before = usedHeap();
        List<SocketChannel> channels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            channels.add(SocketChannel.open(new InetSocketAddress("127.0.0.1", port)));
        }
        double mib = (usedHeap() - before) / (1024.0 * 1024.0);
        for (SocketChannel channel : channels) {
            channel.close();
        }
        return mib;
    }

    static double engine(int port, int n) throws Exception {
        try (SocketEngine engine = SocketEngine.builder().build()) {
            long before = usedHeap();
            Semaphore inFlight = new Semaphore(256);
            CountDownLatch connected = new CountDownLatch(n);
            for (int i = 0; i < n; i++) {
                inFlight.acquire();
                engine.create("tcp", null, created -> engine.connect(created.socketId(), "127.0.0.1", port, result -> {
                    inFlight.release();
                    if (result != 0) {
                        throw new IllegalStateException("connect " + result);
                    }
                    engine.read(created.socketId(), null, read -> { });
                    connected.countDown();
                }));
            }
            if (!connected.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("connections not established: " + connected.getCount() + " left");
            }
            return (usedHeap() - before) / (1024.0 * 1024.0);
        }
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
