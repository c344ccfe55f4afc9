package org.socketworkbench.multicast;

import org.socketworkbench.engine.SocketEngine;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
                        out.println("probe: " + sender.failures() + " sends to " + sender.group() + " failed; last: "
                                + sender.lastFailure());
                    }
                }
                pause(DRAIN.toMillis());
                roster.tick();
                RosterSnapshot last = roster.snapshot();
                out.println(RosterTable.format(last));
                out.println(RosterTable.summary(last));
                boolean sendFailed = senders.stream().anyMatch(s -> s.failures() > 0);
                return sendFailed ? ProbeExitCode.SOCKET_ERROR.code() : ProbeExitCode.judge(last, options.mode()).code();
            } finally {
                closeAll(open);
            }
        }
    }

    private List<ProbeSender> setUp(SocketEngine engine, Roster roster, ClockDomain clocks, List<AutoCloseable> open) {
        List<ProbeSender> senders = new ArrayList<>();
        for (Channel channel : options.channels()) {
            if (options.mode().receives()) {
                open.add(await(ProbeReceiver.open(engine, channel, roster)));
            }
            if (options.mode().sends()) {
                long id = ProbeStream.newSenderId();
                clocks.addLocalSender(id);
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
            throw new ProbeSocketException("socket set-up did not finish within " + SETUP_TIMEOUT.toSeconds() + " s");
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
                out.println(RosterTable.format(roster.snapshot()));
                nextPrint += every;
            }
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
