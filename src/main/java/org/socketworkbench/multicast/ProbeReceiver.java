package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.EpochClock;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReceivedDatagram;
import org.socketworkbench.engine.SocketEngine;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Receives one channel: a UDP socket bound to the group's address and port (so other groups on
 * the same port stay out, as mcjoin does), SO_REUSEADDR so the group can be joined on several
 * adapters at once, a 4 MiB receive buffer (mdump's default) so a pause of the receiving process
 * does not turn into loss, joined on the channel's adapter, with a recvFrom loop that hands every
 * datagram to the {@link Roster}. With {@link ReportSettings} it also sends this host's
 * {@link ReceiverReport} to the group from the same socket once an interval (so a report's
 * source is the group's port on this host), with the probes' TTL.
 */
public final class ProbeReceiver implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ProbeReceiver.class.getName());

    /** Datagrams taken per hand-over: a few milliseconds' worth at the highest rates. */
    private static final int MAX_BATCH = 1024;
    /** SO_RCVBUF: about 4 s of 100-byte probes at 1,000/s from each of several senders (the OS may cap it). */
    private static final int SOCKET_RECEIVE_BUFFER = 4 << 20;

    private final SocketEngine engine;
    private final Channel channel;
    private final int socketId;
    private final LongSupplier clock;
    private final AtomicLong reportBytes = new AtomicLong();
    private volatile boolean closed;
    private volatile Thread reporter;
    /** Why receiving stopped, when it was not {@link #close()}: null while it runs. */
    private volatile String failure;
    /** The engine stamps with {@link EpochClock}, the system probe clock; a test's clock is moved onto it. */
    private final long engineToProbe;

    private ProbeReceiver(SocketEngine engine, Channel channel, int socketId, LongSupplier clock) {
        this.engine = engine;
        this.channel = channel;
        this.socketId = socketId;
        this.clock = clock;
        long offset = clock.getAsLong() - EpochClock.nowNanos();
        this.engineToProbe = Math.abs(offset) < 1_000_000 ? 0 : offset; // below 1 ms: the same clock, read twice
    }

    /** Creates, binds and joins without sending reports (tests that count every datagram). */
    public static CompletableFuture<ProbeReceiver> open(SocketEngine engine, Channel channel, Roster roster) {
        return open(engine, channel, roster, Optional.empty());
    }

    /** Creates, binds and joins, then reports to the group; completes when joined (or with the step that failed). */
    public static CompletableFuture<ProbeReceiver> open(SocketEngine engine, Channel channel, Roster roster,
                                                        ReportSettings reports) {
        return open(engine, channel, List.of(), roster, Optional.of(reports));
    }

    /**
     * As {@link #open(SocketEngine, Channel, Roster, ReportSettings)}, but joined only for
     * datagrams from {@code sources} (one source-specific join per source; any-source when empty).
     */
    public static CompletableFuture<ProbeReceiver> open(SocketEngine engine, Channel channel, List<String> sources,
                                                        Roster roster, ReportSettings reports) {
        return open(engine, channel, sources, roster, Optional.of(reports));
    }

    private static CompletableFuture<ProbeReceiver> open(SocketEngine engine, Channel channel, Roster roster,
                                                         Optional<ReportSettings> reports) {
        return open(engine, channel, List.of(), roster, reports);
    }

    private static CompletableFuture<ProbeReceiver> open(SocketEngine engine, Channel channel, List<String> sources,
                                                         Roster roster, Optional<ReportSettings> reports) {
        GroupAddress group = channel.group();
        String groupText = Addresses.toText(group.address());
        return EngineSteps.createUdp(engine).thenCompose(id -> {
            CompletableFuture<Void> steps = EngineSteps.expectOk(engine, "SO_REUSEADDR",
                    cb -> engine.setReuseAddress(id, true, cb))
                    .thenCompose(v -> EngineSteps.expectOk(engine, "SO_RCVBUF " + SOCKET_RECEIVE_BUFFER,
                            cb -> engine.setReceiveBufferSize(id, SOCKET_RECEIVE_BUFFER, cb)));
            if (!channel.iface().isEmpty()) {
                steps = steps.thenCompose(v -> EngineSteps.expectOk(engine, Texts.get("multicast.step.chooseAdapter", channel.iface()),
                        cb -> engine.setMulticastInterface(id, channel.iface(), cb)));
            }
            if (reports.isPresent()) {
                int ttl = reports.get().ttl();
                steps = steps.thenCompose(v -> EngineSteps.expectOk(engine, Texts.get("multicast.step.reportTtl", ttl),
                        cb -> engine.setMulticastTimeToLive(id, ttl, cb)));
            }
            String bindAddress = group.isIpv6() && !channel.iface().isEmpty() ? groupText + "%" + channel.iface() : groupText;
            return steps
                    .thenCompose(v -> EngineSteps.expectOk(engine, Texts.get("multicast.step.bind", bindAddress, group.port()),
                            cb -> engine.bind(id, bindAddress, group.port(), cb)))
                    .thenCompose(v -> join(engine, id, groupText, channel, sources))
                    .thenApply(v -> {
                        ProbeReceiver receiver = new ProbeReceiver(engine, channel, id, roster.clock());
                        roster.watch(channel);
                        receiver.receive(roster);
                        reports.ifPresent(settings -> receiver.startReports(roster, settings));
                        return receiver;
                    })
                    .whenComplete((receiver, failure) -> {
                        if (failure != null) {
                            engine.destroy(id);
                        }
                    });
        });
    }

    private static CompletableFuture<Void> join(SocketEngine engine, int id, String groupText, Channel channel,
                                                List<String> sources) {
        if (sources.isEmpty()) {
            return EngineSteps.expectOk(engine, Texts.get("multicast.step.join", groupText, channel.ifaceLabel()),
                    cb -> engine.joinGroup(id, groupText, cb));
        }
        CompletableFuture<Void> joins = CompletableFuture.completedFuture(null);
        for (String source : sources) {
            joins = joins.thenCompose(v -> EngineSteps.expectOk(engine, Texts.get("multicast.step.joinFrom", groupText, source,
                    channel.ifaceLabel()), cb -> engine.joinSourceGroup(id, groupText, source, cb)));
        }
        return joins;
    }

    /**
     * Receives in batches ({@link SocketEngine#recvFromBatch}): one hand-over to the callback
     * thread per batch rather than per datagram, which at hundreds of thousands of probes per
     * second was most of the receiver's work. Each datagram's arrival is the time the engine's
     * receiving thread took it from the OS, so one-way latency leaves out the hand-over (0.1 ms
     * and more on a busy machine). A zero-length datagram is foreign traffic like any other
     * datagram that is not a probe, never dropped.
     */
    private void receive(Roster roster) {
        engine.recvFromBatch(socketId, MAX_BATCH, batch -> {
            if (batch.resultCode() < 0) {
                stopped(batch.resultCode());
            } else if (!closed) {
                for (ReceivedDatagram datagram : batch.datagrams()) {
                    roster.record(channel, datagram.data(), datagram.address(), datagram.port(),
                            datagram.arrivalNanos() + engineToProbe);
                }
                receive(roster);
            }
        });
    }

    /**
     * A failed batch ends the loop. After {@link #close()} that is the destroyed socket: the pending
     * read's ERR_CONNECTION_CLOSED, or "Socket not found" for a read issued just after the
     * destroy, whose lastError is read here so the engine does not warn that it went unchecked.
     * Otherwise the reason is kept and logged, never swallowed.
     */
    private void stopped(int resultCode) {
        String reason = NetError.describe(resultCode) + engine.lastError().map(e -> " (" + e + ")").orElse("");
        if (!closed) {
            failure = reason;
            LOG.log(System.Logger.Level.WARNING, "probe receiver on " + channel + " stopped: " + reason);
        }
    }

    /** Why this receiver stopped receiving although it was not closed, if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private void startReports(Roster roster, ReportSettings settings) {
        String address = Addresses.toText(channel.group().address());
        String destination = channel.group().isIpv6() && !channel.iface().isEmpty() ? address + "%" + channel.iface() : address;
        reporter = Thread.ofVirtual().name("probe-reports-" + channel).start(() -> {
            long interval = settings.interval().toNanos();
            long next = System.nanoTime() + interval;
            while (!closed) {
                LockSupport.parkNanos(next - System.nanoTime());
                if (closed) {
                    return;
                }
                if (System.nanoTime() - next >= 0) {
                    for (byte[] datagram : roster.report(channel, settings)) {
                        reportBytes.addAndGet(datagram.length);
                        engine.sendTo(socketId, datagram, destination, channel.group().port(), written -> {
                        });
                    }
                    next += interval;
                }
            }
        });
    }

    /** Report bytes sent so far (UDP payload). */
    public long reportBytes() {
        return reportBytes.get();
    }

    public Channel channel() {
        return channel;
    }

    public int socketId() {
        return socketId;
    }

    /** Leaves the group and destroys the socket. */
    @Override
    public void close() {
        closed = true;
        if (reporter != null) {
            LockSupport.unpark(reporter);
        }
        engine.destroy(socketId);
    }
}
