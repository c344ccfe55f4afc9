package org.socketworkbench.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.UdpSetup;
import org.socketworkbench.traffic.CaptureStats;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Issue 4's benchmark: floods the running workbench from loopback — UDP datagrams as fast as a
 * raw sender can push them and a TCP bulk transfer, at the same time — and reports what the
 * capture and the traffic table took per second, the longest gap between JavaFX pulses (the
 * "never freezes" figure), the heap afterwards, and whether any payload the engine delivered is
 * missing from the capture. Run with {@code mvn -Pbench verify -Dbench=gui} (headless Monocle
 * when there is no DISPLAY; under xvfb-run it renders through GTK).
 */
public final class GuiFloodBenchmark {

    private static final int DATAGRAM = 64;
    private static final int TCP_CHUNK = 64 * 1024;

    private GuiFloodBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, Files.createTempDirectory("swb-bench").toString());
        CellCountWarnings warnings = CellCountWarnings.install();
        Workbench workbench = BenchWorkbench.start();
        PulseGaps gaps = onFx(() -> new PulseGaps().startTimer()).get(30, TimeUnit.SECONDS);

        onFx(() -> {
            workbench.commands().actions().openUdp(new UdpSetup("127.0.0.1", 0, 1, true, null));
            workbench.commands().actions().openTcpServer("127.0.0.1", 0, 64, true);
            return null;
        });
        int udpPort = port(awaitRow(workbench, r -> r.role() == SocketRole.UDP && !r.local().isEmpty()));
        int tcpPort = port(awaitRow(workbench, r -> r.role() == SocketRole.TCP_SERVER && !r.local().isEmpty()));

        long moderate = args.length > 1 ? Long.parseLong(args[1]) : 20_000;
        long saturating = args.length > 2 ? Long.parseLong(args[2]) : 50_000;
        flood(workbench, gaps, "warm-up (not counted): UDP at " + moderate + "/s", 5,
                (running, sent) -> floodUdp(udpPort, moderate, running, sent));
        onFx(() -> {
            workbench.traffic().clear();
            return null;
        }).get(30, TimeUnit.SECONDS);
        Phase udp = flood(workbench, gaps, "UDP " + DATAGRAM + "-byte datagrams paced at " + moderate + "/s to :" + udpPort,
                seconds, (running, sent) -> floodUdp(udpPort, moderate, running, sent));
        Phase udpFast = flood(workbench, gaps, "UDP " + DATAGRAM + "-byte datagrams paced at " + saturating
                + "/s (about what the engine sustains here)", seconds,
                (running, sent) -> floodUdp(udpPort, saturating, running, sent));
        Phase tcp = flood(workbench, gaps, "TCP bulk, " + TCP_CHUNK / 1024 + " KiB writes to :" + tcpPort,
                seconds, (running, sent) -> floodTcp(tcpPort, running, sent));

        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        CaptureStats stats = workbench.capture().stats();
        long delivered = workbench.tracker().rows().stream().mapToLong(r -> r.messagesIn() + r.messagesOut()).sum();

        System.out.println();
        udp.print("UDP " + moderate + "/s", "datagrams");
        udpFast.print("UDP " + saturating + "/s", "datagrams");
        tcp.print("TCP", "bytes");
        System.out.printf(Locale.ROOT, "payloads delivered by the engine but missing from the capture: %,d%n",
                Math.max(0, delivered - stats.lastSequence()));
        System.out.printf(Locale.ROOT, "capture at the end: %s%n", stats.describe());
        System.out.printf(Locale.ROOT, "heap after the run: %,.0f MiB (the capture holds %,.0f MiB of it; cap 256 MiB)%n",
                heap / 1048576.0, stats.retainedBytes() / 1048576.0);
        System.out.printf(Locale.ROOT, "JavaFX \"index exceeds maxCellCount\" log lines during the run: %d (want 0)%n",
                warnings.count());
        System.out.println("For comparison: Packet Sender's GUI freezes at about 250 datagrams/s (see the README, Benchmarks).");
        Platform.exit();
        System.exit(0);
    }

    /** What one flood phase achieved. */
    private record Phase(double seconds, long sent, long received, long captured, long displayed, long longestGapMillis,
                         String gapDistribution) {
        void print(String name, String unit) {
            System.out.printf(Locale.ROOT, "%s: sent %,d %s (%,.0f/s); the engine read %,d payloads (%,.0f/s); captured %,d (%,.0f/s);"
                            + " table rows reached %,d (%,.0f/s); longest gap between JavaFX pulses %d ms (target < 100 ms)%n",
                    name, sent, unit, sent / seconds, received, received / seconds, captured, captured / seconds,
                    displayed, displayed / seconds, longestGapMillis);
            System.out.println("    pulses: " + gapDistribution);
        }
    }

    private interface Flood {
        void run(AtomicBoolean running, AtomicLong sent);
    }

    private static Phase flood(Workbench workbench, PulseGaps gaps, String what, long seconds, Flood flood) throws Exception {
        System.out.printf("%nFlooding for %d s: %s%n", seconds, what);
        long receivedBefore = received(workbench);
        long capturedBefore = workbench.capture().stats().lastSequence();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();
        gaps.reset();
        long start = System.nanoTime();
        Thread sender = Thread.ofPlatform().name("flood").start(() -> flood.run(running, sent));
        for (long s = 1; s <= seconds; s++) {
            Thread.sleep(1000);
            CaptureStats stats = workbench.capture().stats();
            System.out.printf(Locale.ROOT, "  %3d s: captured %,d (dropped %,d), longest pulse gap so far %d ms%n",
                    s, stats.lastSequence() - capturedBefore, stats.dropped(), gaps.longestMillis());
        }
        running.set(false);
        sender.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long longest = gaps.longestMillis();
        String distribution = gaps.distribution();
        Thread.sleep(1000);
        return new Phase(elapsed, sent.get(), received(workbench) - receivedBefore,
                workbench.capture().stats().lastSequence() - capturedBefore, lastShown(workbench) - capturedBefore, longest,
                distribution);
    }

    private static long received(Workbench workbench) {
        return workbench.tracker().rows().stream().mapToLong(SocketRow::messagesIn).sum();
    }

    private static long lastShown(Workbench workbench) throws Exception {
        return onFx(() -> workbench.traffic().rows().isEmpty() ? 0L : workbench.traffic().rows().getLast().sequence())
                .get(10, TimeUnit.SECONDS);
    }

    private static SocketRow awaitRow(Workbench workbench, Predicate<SocketRow> wanted) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Optional<SocketRow> row = workbench.tracker().rows().stream().filter(wanted).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the workbench did not open its sockets");
    }

    private static int port(SocketRow row) {
        return Integer.parseInt(row.local().substring(row.local().lastIndexOf(':') + 1));
    }

    private static void floodUdp(int port, long perSecond, AtomicBoolean running, AtomicLong sent) {
        try (DatagramChannel out = DatagramChannel.open()) {
            out.connect(new InetSocketAddress("127.0.0.1", port));
            ByteBuffer datagram = ByteBuffer.allocate(DATAGRAM);
            long start = System.nanoTime();
            while (running.get()) {
                long due = (System.nanoTime() - start) * perSecond / 1_000_000_000L;
                while (sent.get() < due) {
                    datagram.clear();
                    out.write(datagram);
                    sent.incrementAndGet();
                }
                LockSupport.parkNanos(200_000);
            }
        } catch (java.io.IOException e) {
            System.err.println("UDP flood stopped: " + e);
        }
    }

    private static void floodTcp(int port, AtomicBoolean running, AtomicLong sent) {
        try (SocketChannel out = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
            ByteBuffer chunk = ByteBuffer.allocate(TCP_CHUNK);
            while (running.get()) {
                chunk.clear();
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                sent.addAndGet(TCP_CHUNK);
            }
        } catch (java.io.IOException e) {
            System.err.println("TCP flood stopped: " + e);
        }
    }

    private static <T> CompletableFuture<T> onFx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Counts JavaFX's "index exceeds maxCellCount" lines: a VirtualFlow asked to lay out cells past
     * its item count. With {@code -Dbench.stacks=true} prints where each came from.
     */
    private static final class CellCountWarnings extends java.util.logging.Handler {
        /** JavaFX's controls log through java.util.logging under this name (PlatformLogger). */
        private static final java.util.logging.Logger CONTROLS = java.util.logging.Logger.getLogger("javafx.scene.control");
        private final AtomicLong count = new AtomicLong();

        static CellCountWarnings install() {
            CellCountWarnings handler = new CellCountWarnings();
            CONTROLS.addHandler(handler);
            return handler;
        }

        long count() {
            return count.get();
        }

        @Override
        public void publish(java.util.logging.LogRecord record) {
            if (record.getMessage() != null && record.getMessage().contains("maxCellCount")) {
                count.incrementAndGet();
                if (Boolean.getBoolean("bench.stacks")) {
                    new Throwable("maxCellCount logged here").printStackTrace();
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The longest time between two JavaFX pulses (an AnimationTimer keeps pulses coming). */
    private static final class PulseGaps {
        private volatile long longest;
        private final List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        private long last;
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last != 0) {
                    longest = Math.max(longest, now - last);
                    gaps.add(now - last);
                    if (now - last > 100_000_000L) {
                        over.add(new long[] {now, now - last});
                    }
                }
                last = now;
            }
        };
        /** Gaps over 100 ms (pulse time, gap), to find them in GC logs and JFR recordings (by wall clock). */
        private final List<long[]> over = Collections.synchronizedList(new ArrayList<>());
        private final long wallClock = System.currentTimeMillis() * 1_000_000L - System.nanoTime();

        /** The 99th percentile gap and how many gaps exceeded 100 ms, since the last reset. */
        String distribution() {
            List<Long> sorted;
            synchronized (gaps) {
                sorted = gaps.stream().sorted().toList();
            }
            if (sorted.isEmpty()) {
                return "no pulses";
            }
            long p99 = sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99)));
            long over = sorted.stream().filter(g -> g > 100_000_000L).count();
            List<String> when;
            synchronized (this.over) {
                when = this.over.stream().map(g -> String.format(Locale.ROOT, "%d ms ending at %s",
                        TimeUnit.NANOSECONDS.toMillis(g[1]), java.time.Instant.ofEpochMilli((g[0] + wallClock) / 1_000_000L))).toList();
            }
            return String.format(Locale.ROOT, "%d pulses, 99%% within %d ms, %d over 100 ms %s",
                    sorted.size(), TimeUnit.NANOSECONDS.toMillis(p99), over, when);
        }

        PulseGaps startTimer() {
            timer.start();
            return this;
        }

        void reset() {
            longest = 0;
            gaps.clear();
            over.clear();
        }

        long longestMillis() {
            return TimeUnit.NANOSECONDS.toMillis(longest);
        }
    }
}
