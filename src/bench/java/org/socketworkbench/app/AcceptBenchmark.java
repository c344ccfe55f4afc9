package org.socketworkbench.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TreeItem;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.ui.sockets.SocketEntry;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.testing.ManyClients;

import javafx.scene.control.TreeTableView;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Issue 13's accept benchmark: a second process (python3) opens N connections one after another
 * to a server with backlog 128, first to the headless engine (the same accept loop and read pump
 * the GUI uses, no window), then to the running workbench. Reports accepts per second of both and
 * their ratio, how long the socket list took to show them all, how long "Remove closed" took, and
 * the longest gap between JavaFX pulses meanwhile, which must stay under 100 ms (exit code 1
 * otherwise). Run with {@code mvn -Pbench verify -Dbench=accepts} ({@code -Dbench.args=2000} for
 * another count). Closed clients read "peer closed its side" (the workbench keeps its write side
 * open after a FIN), which is what "Remove closed" clears.
 */
public final class AcceptBenchmark {

    private static final int CONNECTIONS = 5_000;
    private static final int BACKLOG = 128;
    private static final Duration WAIT = Duration.ofSeconds(300);
    private static final long GAP_LIMIT_MS = 100;

    private AcceptBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    private static void run(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : CONNECTIONS;
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, Files.createTempDirectory("swb-bench").toString());

        headless(Math.min(1000, count));
        double engine = headless(count);
        System.out.printf(Locale.ROOT, "headless engine: %,d connections accepted at %,.0f/s%n", count, engine);

        Workbench workbench = BenchWorkbench.start();
        PulseGap gap = onFx(() -> new PulseGap().start());
        onFx(() -> {
            workbench.commands().actions().openTcpServer("127.0.0.1", 0, BACKLOG, true);
            return null;
        });
        await(() -> server(workbench.tracker()) != null);
        int port = port(server(workbench.tracker()));
        gap.reset();
        Thread.sleep(5000);
        long idleGap = gap.longestMillis();
        gap.reset();
        long start = System.nanoTime();
        double accepted;
        double shown;
        double removed;
        try (ManyClients clients = ManyClients.connect(port, count)) {
            clients.awaitConnected(WAIT);
            await(() -> accepted(workbench.tracker()) == count);
            accepted = seconds(start);
            await(() -> shownConnections(workbench) == count);
            shown = seconds(start);
            System.out.printf(Locale.ROOT, "all %,d shown after %.2f s; longest pulse gap so far %d ms%n", count, shown,
                    gap.longestMillis());
            clients.closeAll(WAIT);
            await(() -> closedShown(workbench) == count);
            long removing = System.nanoTime();
            onFx(() -> {
                workbench.window().lookup("#removeClosed").fireEvent(new javafx.event.ActionEvent());
                return null;
            });
            await(() -> shownConnections(workbench) == 0);
            removed = seconds(removing);
        }
        long longest = gap.longestMillis();
        double gui = count / accepted;
        System.out.println();
        System.out.printf(Locale.ROOT, "accepts/s, %,d connections, backlog %d:  GUI %,.0f/s   headless engine %,.0f/s"
                + "   ratio GUI/engine %.2fx%n", count, BACKLOG, gui, engine, gui / engine);
        System.out.printf(Locale.ROOT, "GUI: all accepted after %.2f s, all shown in the socket list after %.2f s;"
                + " Remove closed emptied it in %.2f s%n", accepted, shown, removed);
        System.out.printf(Locale.ROOT, "longest gap between JavaFX pulses: %d ms (limit %d ms): %s; the same"
                + " window idle for 5 s before: %d ms%n", longest, GAP_LIMIT_MS, longest <= GAP_LIMIT_MS ? "ok" : "MISSED",
                idleGap);
        System.out.println("pulse gaps over 100 ms (s since the clients started: ms): " + gap.over(start));
        Platform.exit();
        System.exit(longest <= GAP_LIMIT_MS ? 0 : 1);
    }

    /** Accepts per second of the engine with the workbench's accept loop and read pump, no window. */
    private static double headless(int count) throws Exception {
        try (SocketEngine engine = SocketEngine.builder().build()) {
            SocketTracker tracker = new SocketTracker();
            engine.addObserver(tracker);
            SocketActions actions = new SocketActions(engine, tracker::record, Runnable::run);
            actions.openTcpServer("127.0.0.1", 0, BACKLOG, true);
            await(() -> server(tracker) != null);
            long start = System.nanoTime();
            try (ManyClients clients = ManyClients.connect(port(server(tracker)), count)) {
                clients.awaitConnected(WAIT);
                await(() -> accepted(tracker) == count);
                double seconds = seconds(start);
                clients.closeAll(WAIT);
                return count / seconds;
            }
        }
    }

    private static SocketRow server(SocketTracker tracker) {
        return tracker.rows().stream().filter(r -> r.role() == SocketRole.TCP_SERVER
                && r.status() == SocketStatus.LISTENING).findFirst().orElse(null);
    }

    private static long accepted(SocketTracker tracker) {
        return tracker.rows().stream().filter(r -> r.role() == SocketRole.TCP_ACCEPTED).count();
    }

    private static long shownConnections(Workbench workbench) throws Exception {
        return onFx(() -> serverItem(workbench).getChildren().size());
    }

    private static long closedShown(Workbench workbench) throws Exception {
        return onFx(() -> serverItem(workbench).getChildren().stream()
                .filter(i -> i.getValue().row().status().peerGone()).count());
    }

    @SuppressWarnings("unchecked")
    private static TreeItem<SocketEntry> serverItem(Workbench workbench) {
        TreeTableView<SocketEntry> tree = (TreeTableView<SocketEntry>) workbench.window().lookup("#socketTree");
        return tree.getRoot().getChildren().stream().filter(i -> i.getValue().row().role() == SocketRole.TCP_SERVER)
                .findFirst().orElseThrow();
    }

    private static int port(SocketRow row) {
        return Integer.parseInt(row.local().substring(row.local().lastIndexOf(':') + 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting after " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** The longest time between two JavaFX pulses since the last reset (an AnimationTimer keeps pulses coming). */
    private static final class PulseGap {
        private volatile long longest;
        private long last;
        private final java.util.List<long[]> over = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last != 0) {
                    longest = Math.max(longest, now - last);
                    if (now - last > 100_000_000L) {
                        over.add(new long[] {now, now - last});
                    }
                }
                last = now;
            }
        };

        /** nanoTime to wall-clock nanos, to find a gap in GC logs and JFR recordings. */
        private final long wallClock = System.currentTimeMillis() * 1_000_000L - System.nanoTime();

        PulseGap start() {
            timer.start();
            return this;
        }

        void reset() {
            longest = 0;
            over.clear();
        }

        String over(long since) {
            synchronized (over) {
                return over.stream().map(g -> String.format(Locale.ROOT, "%.1f: %d (%s)", (g[0] - since) / 1e9,
                        TimeUnit.NANOSECONDS.toMillis(g[1]), java.time.Instant.ofEpochMilli((g[0] + wallClock) / 1_000_000L))).toList().toString();
            }
        }

        long longestMillis() {
            return TimeUnit.NANOSECONDS.toMillis(longest);
        }
    }
}
