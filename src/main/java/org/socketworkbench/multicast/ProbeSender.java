package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.BatchWriteInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.DatagramWriter;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SocketEngine;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Sends one {@link ProbeStream} to a group at its rate, from a UDP socket on the chosen adapter
 * with the chosen TTL and loopback, on a thread of its own paced by {@link ProbeSchedule} in batches. Failed
 * sends are counted and the last error kept; the run goes on.
 */
public final class ProbeSender implements AutoCloseable {

    private final SocketEngine engine;
    private final int socketId;
    private final GroupAddress group;
    private final String destination;
    private final ProbeStream stream;
    private final ProbeRate rate;
    private final LongSupplier clock;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> lastFailure = new AtomicReference<>("");
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean running;
    private Thread thread;

    private ProbeSender(SocketEngine engine, int socketId, GroupAddress group, ProbeStream stream, ProbeRate rate,
                        LongSupplier clock) {
        this.engine = engine;
        this.socketId = socketId;
        this.group = group;
        String address = Addresses.toText(group.address());
        this.destination = group.zone().isEmpty() ? address : address + "%" + group.zone();
        this.stream = stream;
        this.rate = rate;
        this.clock = clock;
    }

    /** As {@link #open(SocketEngine, GroupAddress, String, String, int, boolean, ProbeStream, ProbeRate, LongSupplier)}, from the address the OS picks. */
    public static CompletableFuture<ProbeSender> open(SocketEngine engine, GroupAddress group, String iface, int ttl,
                                                      boolean loopback, ProbeStream stream, ProbeRate rate,
                                                      LongSupplier clock) {
        return open(engine, group, iface, "", ttl, loopback, stream, rate, clock);
    }

    /**
     * Opens the sending socket: adapter (when named), TTL and loopback before bind, then bind to
     * {@code source} (an address of the adapter, so that probes carry it as their source, which a
     * source-specific receiver joins) or, when "", to the wildcard address of the group's family,
     * on an ephemeral port.
     */
    public static CompletableFuture<ProbeSender> open(SocketEngine engine, GroupAddress group, String iface,
                                                      String source, int ttl, boolean loopback, ProbeStream stream,
                                                      ProbeRate rate, LongSupplier clock) {
        String bindAddress = !source.isEmpty() ? source : group.isIpv6() ? "::" : "0.0.0.0";
        return EngineSteps.createUdp(engine).thenCompose(id -> {
            CompletableFuture<Void> steps = CompletableFuture.completedFuture(null);
            if (!iface.isEmpty()) {
                steps = steps.thenCompose(v -> EngineSteps.expectOk(engine, Texts.get("multicast.step.chooseAdapter", iface),
                        cb -> engine.setMulticastInterface(id, iface, cb)));
            }
            return steps
                    .thenCompose(v -> EngineSteps.expectOk(engine, "TTL " + ttl,
                            cb -> engine.setMulticastTimeToLive(id, ttl, cb)))
                    .thenCompose(v -> EngineSteps.expectOk(engine, Texts.get("multicast.step.loopback", Texts.get(loopback ? "multicast.on" : "multicast.off")),
                            cb -> engine.setMulticastLoopbackMode(id, loopback, cb)))
                    .thenCompose(v -> EngineSteps.expectOk(engine, source.isEmpty()
                            ? Texts.get("multicast.step.bindSending") : Texts.get("multicast.step.bindSendingTo", source), cb -> engine.bind(id, bindAddress, 0, cb)))
                    .thenApply(v -> new ProbeSender(engine, id, group, stream, rate, clock))
                    .whenComplete((sender, failure) -> {
                        if (failure != null) {
                            engine.destroy(id);
                        }
                    });
        });
    }

    /**
     * Starts sending on a platform thread of its own: its timed park is one OS wait, where a
     * virtual thread's goes through the scheduler's timer and a carrier hand-over, which at
     * hundreds of thousands of probes per second was what made the sender fall behind.
     */
    public ProbeSender start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("probe-sender-" + group).start(this::run);
        return this;
    }

    /**
     * Paces by batches against the clock: whatever {@link ProbeSchedule} says is due goes out as
     * one {@link SocketEngine#sendToBatch}, then the thread parks until the next slot, but never
     * for less than {@link #MIN_PARK_NANOS}: at high rates a wake-up per probe costs more than the
     * probe, so a wake-up sends every probe that fell due meanwhile (the schedule is absolute, so
     * the average rate is exact and only the spacing within 0.5 ms is bunched; receivers stamp the
     * arrival of each probe, so latency is unaffected, and a 4 MiB receive buffer holds such a burst many times over).
     */
    private void run() {
        ProbeSchedule schedule = new ProbeSchedule(rate, clock.getAsLong());
        while (running) {
            int due = schedule.dueNow(clock.getAsLong());
            if (due > 0) {
                engine.sendToBatch(socketId, due, probeWriter, destination, group.port(), onBatchSent);
                schedule.sent(due);
            }
            long wait = schedule.nextDueNanos() - clock.getAsLong();
            if (wait > 0) {
                LockSupport.parkNanos(Math.clamp(wait, MIN_PARK_NANOS, MAX_PARK_NANOS));
            }
        }
    }

    /** The shortest park between batches (see {@link #run}). */
    private static final long MIN_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
    /** The longest, so that {@link #close} is never kept waiting long. */
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /**
     * Each probe goes straight into the socket's send buffer, stamped as it is sent (see
     * {@link DatagramWriter}): no array per probe, and a probe late in a batch carries the time it
     * actually left, not the time the batch began.
     */
    private final DatagramWriter probeWriter = this::writeProbe;

    private void writeProbe(int index, ByteBuffer datagram) {
        stream.writeNext(datagram);
    }

    /** One callback for every batch (no lambda per batch). */
    private final Callback<BatchWriteInfo> onBatchSent = this::batchSent;

    private void batchSent(BatchWriteInfo written) {
        if (written.failed() > 0) {
            failures.addAndGet(written.failed());
            lastFailure.set(NetError.describe(written.lastResultCode())
                    + engine.lastError().map(e -> " (" + e + ")").orElse(""));
        }
    }

    private void send(byte[] probe) {
        engine.sendTo(socketId, probe, destination, group.port(), onSent);
    }

    /** The callback of the single LAST probe. */
    private final Callback<WriteInfo> onSent = this::sent;

    private void sent(WriteInfo written) {
        int result = written == null ? -1 : written.bytesWritten();
        if (result < 0) {
            failures.incrementAndGet();
            lastFailure.set(NetError.describe(result) + engine.lastError().map(e -> " (" + e + ")").orElse(""));
        }
    }

    public long sent() {
        return stream.count();
    }

    public long failures() {
        return failures.get();
    }

    public String lastFailure() {
        return lastFailure.get();
    }

    public GroupAddress group() {
        return group;
    }

    public int socketId() {
        return socketId;
    }

    /** Stops sending, sends the LAST probe (so receivers stop drawing silence) and destroys the socket. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        running = false;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(stream.last());
        }
        engine.destroy(socketId);
    }
}
