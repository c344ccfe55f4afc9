package org.socketworkbench.multicast;

import org.socketworkbench.engine.SocketEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * One run of the headless {@code probe} command: join every group, send probes to it, receive
 * everyone's probes for the duration, print the roster (and optionally every few seconds while
 * it runs), and judge the run as an exit code. The same receivers and senders serve the GUI.
 */
public final class ProbeSession {

    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(15);
    /** After the last probe, how long stragglers may take to arrive before the final table. */
    private static final Duration DRAIN = Duration.ofMillis(300);
    private static final long TICK_MILLIS = 100;

    private final ProbeOptions options;
    private final PrintWriter out;
    private final LongSupplier clock = ProbeClock.system();
    private final SilenceHints hints = new SilenceHints();

    public ProbeSession(ProbeOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Runs to the end; throws {@link ProbeSocketException} when a socket cannot be set up. */
    public int run() {
        ClockDomain clocks = new ClockDomain(options.name(), false);
        Roster roster = new Roster(clock, clocks);
        try (SocketEngine engine = SocketEngine.builder().build()) {
            List<AutoCloseable> open = new ArrayList<>();
            try {
                List<ProbeSender> senders = setUp(engine, roster, clocks, open);
                senders.forEach(ProbeSender::start);
                runFor(options.duration(), roster);
                for (ProbeSender sender : senders) {
                    sender.close();
                    if (sender.failures() > 0) {
                        out.println("probe: " + sender.failures() + " sends to " + sender.group() + " failed; last: " // i18n-ok: command output
                                + sender.lastFailure());
                    }
                }
                pause(DRAIN.toMillis());
                for (AutoCloseable o : open) {
                    if (o instanceof ProbeReceiver receiver && receiver.failure().isPresent()) {
                        out.println("probe: receiving on " + receiver.channel() + " stopped: " // i18n-ok: command output
                                + receiver.failure().get());
                    }
                }
                roster.tick();
                RosterSnapshot last = roster.snapshot();
                boolean jsonOnStdout = options.json().map(p -> p.toString().equals("-")).orElse(false);
                if (!jsonOnStdout) {
                    out.println(RosterTable.format(last));
                    printHints(last);
                    out.println(RosterTable.summary(last));
                    if (options.mode().receives()) {
                        long reportBytes = open.stream().filter(o -> o instanceof ProbeReceiver)
                                .mapToLong(o -> ((ProbeReceiver) o).reportBytes()).sum();
                        out.printf(Locale.ROOT, "receiver reports: %d bytes sent, %.0f bytes/s%n", reportBytes, // i18n-ok: command output
                                reportBytes / (options.duration().toNanos() / 1e9));
                    }
                    if (options.matrix()) {
                        out.print(MatrixTable.format(last));
                    }
                }
                options.json().ifPresent(path -> writeJson(path, last));
                boolean sendFailed = senders.stream().anyMatch(s -> s.failures() > 0);
                return sendFailed ? ProbeExitCode.SOCKET_ERROR.code()
                        : ProbeExitCode.judge(last, options.mode(), options.matrix()).code();
            } finally {
                closeAll(open);
            }
        }
    }

    private List<ProbeSender> setUp(SocketEngine engine, Roster roster, ClockDomain clocks, List<AutoCloseable> open) {
        List<ProbeSender> senders = new ArrayList<>();
        for (Channel channel : options.channels()) {
            if (options.mode().receives()) {
                open.add(await(ProbeReceiver.open(engine, channel, options.sources(), roster,
                        ReportSettings.everySecond(options.name(), options.ttl()))));
            }
            if (options.mode().sends()) {
                long id = ProbeStream.newSenderId();
                clocks.addLocalSender(id);
                roster.sendsOn(channel.group(), id);
                ProbeStream stream = new ProbeStream(id, options.name(), channel.group().toSocketAddress(),
                        options.ttl(), options.rate(), options.size(), clock);
                ProbeSender sender = await(ProbeSender.open(engine, channel.group(), channel.iface(), options.ttl(),
                        options.loopback(), stream, options.rate(), clock));
                senders.add(sender);
                open.add(sender);
            }
        }
        return senders;
    }

    private static <T> T await(CompletableFuture<T> step) {
        try {
            return step.get(SETUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProbeSocketException failure) {
                throw failure;
            }
            throw new ProbeSocketException(String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            throw new ProbeSocketException("socket set-up did not finish within " + SETUP_TIMEOUT.toSeconds() + " s"); // i18n-ok: command output
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeSocketException("interrupted");
        }
    }

    private void runFor(Duration duration, Roster roster) {
        long end = System.nanoTime() + duration.toNanos();
        long every = options.every().toNanos();
        long nextPrint = every > 0 ? System.nanoTime() + every : Long.MAX_VALUE;
        while (System.nanoTime() < end) {
            pause(Math.min(TICK_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
            roster.tick();
            if (System.nanoTime() >= nextPrint) {
                RosterSnapshot snapshot = roster.snapshot();
                out.println(RosterTable.format(snapshot));
                printHints(snapshot);
                if (options.matrix()) {
                    out.println(MatrixTable.format(snapshot));
                }
                nextPrint += every;
            }
        }
    }

    /** For each channel that received no probe: why that may be, read from this host. */
    private void printHints(RosterSnapshot snapshot) {
        if (!options.mode().receives()) {
            return;
        }
        for (ChannelSnapshot channel : snapshot.channels()) {
            if (channel.senders().isEmpty()) {
                hints.hints(new SilenceHints.Context(channel.channel(), options.mode().sends(), options.ttl(),
                        options.loopback(), false)).forEach(hint -> out.println("hint for " + channel.channel() + ": " + hint)); // i18n-ok: command output
            }
        }
    }

    private void writeJson(Path path, RosterSnapshot snapshot) {
        try {
            if (path.toString().equals("-")) {
                ProbeJson.write(snapshot, out);
            } else {
                try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    ProbeJson.write(snapshot, writer);
                }
            }
        } catch (IOException e) {
            throw new ProbeSocketException("cannot write the JSON to " + path + ": " + e.getMessage()); // i18n-ok: command output
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeAll(List<AutoCloseable> open) {
        for (AutoCloseable closeable : open.reversed()) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing a probe socket cannot fail in a way the user can act on
            }
        }
    }
}
