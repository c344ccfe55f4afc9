package org.socketworkbench.multicast;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SocketEngine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Sends one {@link ProbeStream} to a group at its rate, from a UDP socket on the chosen adapter
 * with the chosen TTL and loopback, on a virtual thread paced by {@link ProbeSchedule}. Failed
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

    /**
     * Opens the sending socket: adapter (when named), TTL and loopback before bind, then bind to
     * the wildcard address of the group's family on an ephemeral port.
     */
    public static CompletableFuture<ProbeSender> open(SocketEngine engine, GroupAddress group, String iface, int ttl,
                                                      boolean loopback, ProbeStream stream, ProbeRate rate,
                                                      LongSupplier clock) {
        return EngineSteps.createUdp(engine).thenCompose(id -> {
            CompletableFuture<Void> steps = CompletableFuture.completedFuture(null);
            if (!iface.isEmpty()) {
                steps = steps.thenCompose(v -> EngineSteps.expectOk(engine, "choose adapter " + iface,
                        cb -> engine.setMulticastInterface(id, iface, cb)));
            }
            return steps
                    .thenCompose(v -> EngineSteps.expectOk(engine, "TTL " + ttl,
                            cb -> engine.setMulticastTimeToLive(id, ttl, cb)))
                    .thenCompose(v -> EngineSteps.expectOk(engine, "loopback " + (loopback ? "on" : "off"),
                            cb -> engine.setMulticastLoopbackMode(id, loopback, cb)))
                    .thenCompose(v -> EngineSteps.expectOk(engine, "bind for sending",
                            cb -> engine.bind(id, group.isIpv6() ? "::" : "0.0.0.0", 0, cb)))
                    .thenApply(v -> new ProbeSender(engine, id, group, stream, rate, clock))
                    .whenComplete((sender, failure) -> {
                        if (failure != null) {
                            engine.destroy(id);
                        }
                    });
        });
    }

    /** Starts sending on a virtual thread. */
    public ProbeSender start() {
        running = true;
        thread = Thread.ofVirtual().name("probe-sender-" + group).start(this::run);
        return this;
    }

    private void run() {
        ProbeSchedule schedule = new ProbeSchedule(rate, clock.getAsLong());
        while (running) {
            int due = schedule.dueNow(clock.getAsLong());
            for (int i = 0; i < due && running; i++) {
                send(stream.next());
            }
            schedule.sent(due);
            long wait = schedule.nextDueNanos() - clock.getAsLong();
            if (wait > 0) {
                LockSupport.parkNanos(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100)));
            }
        }
    }

    private void send(byte[] probe) {
        engine.sendTo(socketId, probe, destination, group.port(), onSent);
    }

    /** One callback for every send (no lambda per probe). */
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
