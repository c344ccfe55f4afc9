package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.SocketEngine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;

/**
 * The state behind the multicast view, without JavaFX: the groups the user works with, which
 * group is joined on which adapter (one {@link ProbeReceiver} per cell), one probe sender per
 * group, and the {@link Roster} all receivers count into.
 *
 * <p>Every command returns at once; socket set-up finishes on engine threads and shows in the
 * next {@link #snapshot()}. Thread-safe: commands usually come from the FX thread, completions
 * from the engine's.
 */
public final class MulticastWorkspace implements AutoCloseable {

    private final SocketEngine engine;
    private final String hostName;
    private final LongSupplier clock = ProbeClock.system();
    private final ClockDomain clocks;
    private final Roster roster;
    private final Object lock = new Object();
    private final Map<GroupAddress, GroupSettings> groups = new LinkedHashMap<>();
    private final Map<Channel, Membership> memberships = new LinkedHashMap<>();
    private final Map<GroupAddress, Sending> senders = new LinkedHashMap<>();
    private static final long HINT_EVERY_MILLIS = 2_000;
    private static final long SILENT_MILLIS = 3_000;
    private final SilenceHints hints = new SilenceHints();
    private final AtomicBoolean hintsRunning = new AtomicBoolean();
    private volatile long lastHintRun = System.nanoTime() - TimeUnit.SECONDS.toNanos(60);
    /** Guarded by {@code lock}. */
    private Map<Channel, List<String>> silenceHints = Map.of();

    /**
     * @param engine   where the sockets live (the app's engine, so they show in its socket list)
     * @param hostName the name our probes announce ({@link LocalHostName#get()})
     */
    public MulticastWorkspace(SocketEngine engine, String hostName) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.hostName = Objects.requireNonNull(hostName, "hostName");
        this.clocks = new ClockDomain(hostName, false);
        this.roster = new Roster(clock, clocks);
    }

    /** The name our probes announce. */
    public String hostName() {
        return hostName;
    }

    /**
     * Adds a group to work with.
     *
     * @throws IllegalArgumentException when the group and port are already listed
     */
    public void addGroup(GroupSettings settings) {
        synchronized (lock) {
            if (groups.containsKey(settings.group())) {
                throw new IllegalArgumentException(Texts.get("multicast.problem.alreadyListed", settings.group()));
            }
            groups.put(settings.group(), settings);
        }
    }

    /** Leaves the group on every adapter, stops its sender and drops it from the list. */
    public void removeGroup(GroupAddress group) {
        List<Channel> joined;
        synchronized (lock) {
            joined = memberships.keySet().stream().filter(c -> c.group().equals(group)).toList();
        }
        joined.forEach(this::leave);
        stopSender(group);
        synchronized (lock) {
            groups.remove(group);
            senders.remove(group);
        }
    }

    /**
     * Joins a listed group on an adapter (a cell of the matrix): source-specific, one (S,G) join
     * per source, when the group names sources, else any-source. Does nothing while that cell is
     * joining or joined; a failed cell tries again.
     *
     * @return the cell once its set-up has ended, joined or failed (a workspace reports it); the
     *         cell as it is when it was already joining or joined
     */
    public CompletableFuture<MembershipState> join(Channel channel) {
        Membership membership;
        GroupSettings settings;
        synchronized (lock) {
            settings = requireGroup(channel.group());
            Membership current = memberships.get(channel);
            if (current != null && current.state.status() != MembershipStatus.FAILED) {
                return CompletableFuture.completedFuture(current.state);
            }
            membership = new Membership(channel, settings.sources().stream().map(Addresses::toText).toList());
            memberships.put(channel, membership);
        }
        return ProbeReceiver.open(engine, channel, membership.sources, roster,
                        ReportSettings.everySecond(hostName, settings.ttl()))
                .handle((receiver, failure) -> settle(membership, receiver, failure));
    }

    private MembershipState settle(Membership membership, ProbeReceiver receiver, Throwable failure) {
        synchronized (lock) {
            if (memberships.get(membership.channel) == membership) {
                if (failure == null) {
                    membership.receiver = receiver;
                    membership.state = MembershipState.joined(membership.channel, receiver.socketId(), membership.sources);
                    membership.joinedAt = clock.getAsLong();
                } else {
                    membership.state = MembershipState.failed(membership.channel, reason(failure), membership.sources);
                }
                return membership.state;
            }
        }
        if (receiver != null) {
            receiver.close();
            forgetUnlessJoined(membership.channel);
        }
        return membership.state;
    }

    /**
     * Stops receiving {@code source} on an any-source join ({@code block}), or receives it again;
     * the cell lists the blocked sources once the OS has taken the change. The future fails with
     * the engine's answer, e.g. for a source of the other family.
     *
     * @throws IllegalArgumentException when the cell is not joined, or joined source-specifically
     *                                  (a source-specific join names its sources instead)
     */
    public CompletableFuture<Void> blockSource(Channel channel, String source, boolean block) {
        int socketId;
        synchronized (lock) {
            Membership membership = memberships.get(channel);
            if (membership == null || membership.state.status() != MembershipStatus.JOINED) {
                throw new IllegalArgumentException(Texts.get("multicast.problem.notJoined", channel));
            }
            if (!membership.sources.isEmpty()) {
                throw new IllegalArgumentException(Texts.get("multicast.problem.joinedFrom", channel,
                        String.join(", ", membership.sources)));
            }
            socketId = membership.state.socketId();
        }
        String groupText = Addresses.toText(channel.group().address());
        return EngineSteps.expectOk(engine, Texts.get(block ? "multicast.step.block" : "multicast.step.unblock", source, channel),
                        cb -> engine.blockSource(socketId, groupText, source, block, cb))
                .thenRun(() -> {
                    synchronized (lock) {
                        Membership membership = memberships.get(channel);
                        if (membership != null && membership.state.socketId() == socketId) {
                            List<String> now = new ArrayList<>(membership.state.blocked());
                            now.remove(source);
                            if (block) {
                                now.add(source);
                            }
                            membership.state = membership.state.withBlocked(now);
                        }
                    }
                });
    }

    /** Leaves the group on that adapter (or clears a failed cell) and drops its roster rows. */
    public void leave(Channel channel) {
        Membership membership;
        synchronized (lock) {
            membership = memberships.remove(channel);
        }
        if (membership != null && membership.receiver != null) {
            membership.receiver.close();
        }
        forgetUnlessJoined(channel);
    }

    private void forgetUnlessJoined(Channel channel) {
        synchronized (lock) {
            if (!memberships.containsKey(channel)) {
                roster.forget(channel);
            }
        }
    }

    /**
     * Starts the group's probe sender (set-up finishes in the background). Does nothing while
     * one is starting or running.
     *
     * @return the sender once its set-up has ended, running or failed (a workspace reports it);
     *         the sender as it is when one was already starting or running
     * @throws IllegalArgumentException when the size does not fit the group (see {@link ProbeSize})
     */
    public CompletableFuture<SenderState> startSender(GroupAddress group, SenderSettings settings) {
        Sending sending;
        GroupSettings groupSettings;
        synchronized (lock) {
            groupSettings = requireGroup(group);
            Sending current = senders.get(group);
            if (current != null && current.active()) {
                return CompletableFuture.completedFuture(current.state());
            }
            ProbeSize.problem(settings.size(), !group.isIpv6(), hostName).ifPresent(problem -> {
                throw new IllegalArgumentException(Texts.get("multicast.sender.sizeProblem", settings.size(), problem));
            });
            long id = ProbeStream.newSenderId();
            clocks.addLocalSender(id);
            roster.sendsOn(group, id);
            ProbeStream stream = new ProbeStream(id, hostName, group.toSocketAddress(), settings.ttl(), settings.rate(),
                    settings.size(), clock);
            sending = new Sending(group, settings, stream);
            senders.put(group, sending);
        }
        return ProbeSender.open(engine, group, settings.iface(), settings.source(), settings.ttl(), groupSettings.loopback(),
                sending.stream, settings.rate(), clock).handle((sender, failure) -> settle(sending, sender, failure));
    }

    private SenderState settle(Sending sending, ProbeSender sender, Throwable failure) {
        synchronized (lock) {
            if (failure != null) {
                sending.status = SenderStatus.FAILED;
                sending.detail = reason(failure);
                return sending.state();
            }
            sending.sender = sender;
            if (sending.status == SenderStatus.STARTING) {
                sending.status = SenderStatus.RUNNING;
                sender.start();
                return sending.state();
            }
        }
        stopInBackground(sender);
        synchronized (lock) {
            return sending.state();
        }
    }

    /** Stops the group's sender; it sends its final probe and its counters stay visible. */
    public void stopSender(GroupAddress group) {
        ProbeSender running;
        synchronized (lock) {
            Sending sending = senders.get(group);
            if (sending == null || !sending.active()) {
                return;
            }
            sending.status = SenderStatus.STOPPED;
            running = sending.sender;
        }
        if (running != null) {
            stopInBackground(running);
        }
    }

    /** Closing waits for the sending thread, so it runs off the caller's (FX) thread. */
    private static void stopInBackground(ProbeSender sender) {
        Thread.ofVirtual().name("probe-sender-stop").start(sender::close);
    }

    /**
     * Advances the timelines so silence shows; call a few times a second. Every
     * {@value #HINT_EVERY_MILLIS} ms it also refreshes, on a background thread, the hints for
     * channels that have heard nothing for {@value #SILENT_MILLIS} ms.
     */
    public void tick() {
        roster.tick();
        long now = System.nanoTime();
        if (now - lastHintRun > TimeUnit.MILLISECONDS.toNanos(HINT_EVERY_MILLIS) && hintsRunning.compareAndSet(false, true)) {
            lastHintRun = now;
            Thread.ofVirtual().name("multicast-hints").start(this::refreshHints);
        }
    }

    private void refreshHints() {
        try {
            RosterSnapshot snapshot = roster.snapshot();
            List<SilenceHints.Context> silent = new ArrayList<>();
            synchronized (lock) {
                for (Membership m : memberships.values()) {
                    if (m.state.status() != MembershipStatus.JOINED
                            || snapshot.takenAtNanos() - m.joinedAt < TimeUnit.MILLISECONDS.toNanos(SILENT_MILLIS)) {
                        continue;
                    }
                    Optional<ChannelSnapshot> channel = snapshot.channels().stream()
                            .filter(c -> c.channel().equals(m.channel)).findFirst();
                    boolean heard = channel.map(c -> c.senders().stream().anyMatch(s -> snapshot.takenAtNanos()
                            - s.lastSeenNanos() < TimeUnit.MILLISECONDS.toNanos(SILENT_MILLIS))).orElse(false);
                    if (heard) {
                        continue;
                    }
                    Sending sending = senders.get(m.channel.group());
                    GroupSettings group = groups.get(m.channel.group());
                    boolean weSend = sending != null && sending.active();
                    silent.add(new SilenceHints.Context(m.channel, weSend, weSend ? sending.settings.ttl() : 1,
                            group == null || group.loopback(),
                            channel.map(c -> c.senders().stream().anyMatch(SenderSnapshot::targetMismatch)).orElse(false)));
                }
            }
            Map<Channel, List<String>> fresh = new LinkedHashMap<>();
            for (SilenceHints.Context context : silent) {
                List<String> found = new ArrayList<>();
                found.add(Texts.get("multicast.hint.nothingReceived", SILENT_MILLIS / 1000));
                found.addAll(hints.hints(context));
                fresh.put(context.channel(), found);
            }
            synchronized (lock) {
                silenceHints = fresh;
            }
        } finally {
            hintsRunning.set(false);
        }
    }

    /** Everything as it is now, safe to hand to any thread. */
    public WorkspaceSnapshot snapshot() {
        synchronized (lock) {
            return new WorkspaceSnapshot(List.copyOf(groups.values()),
                    memberships.values().stream().map(m -> m.state).toList(),
                    senders.values().stream().map(Sending::state).toList(),
                    roster.snapshot(), silenceHints);
        }
    }

    /** Stops every sender (waiting for each) and leaves every group. */
    @Override
    public void close() {
        List<ProbeSender> running = new ArrayList<>();
        List<ProbeReceiver> receivers = new ArrayList<>();
        synchronized (lock) {
            for (Sending sending : senders.values()) {
                if (sending.active() && sending.sender != null) {
                    running.add(sending.sender);
                }
                sending.status = SenderStatus.STOPPED;
            }
            memberships.values().stream().filter(m -> m.receiver != null).forEach(m -> receivers.add(m.receiver));
            memberships.clear();
        }
        running.forEach(ProbeSender::close);
        receivers.forEach(ProbeReceiver::close);
    }

    private GroupSettings requireGroup(GroupAddress group) {
        GroupSettings settings = groups.get(group);
        if (settings == null) {
            throw new IllegalArgumentException(Texts.get("multicast.problem.notListed", group));
        }
        return settings;
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** One cell: its state, and its receiver once joined. Guarded by {@code lock}. */
    private static final class Membership {
        private final Channel channel;
        private final List<String> sources;
        private MembershipState state;
        private ProbeReceiver receiver;
        private long joinedAt;

        private Membership(Channel channel, List<String> sources) {
            this.channel = channel;
            this.sources = sources;
            this.state = MembershipState.joining(channel, sources);
        }
    }

    /** One group's sender run. Guarded by {@code lock}. */
    private static final class Sending {
        private final GroupAddress group;
        private final SenderSettings settings;
        private final ProbeStream stream;
        private SenderStatus status = SenderStatus.STARTING;
        private ProbeSender sender;
        private String detail = "";

        private Sending(GroupAddress group, SenderSettings settings, ProbeStream stream) {
            this.group = group;
            this.settings = settings;
            this.stream = stream;
        }

        private boolean active() {
            return status == SenderStatus.STARTING || status == SenderStatus.RUNNING;
        }

        private SenderState state() {
            long failures = sender == null ? 0 : sender.failures();
            String shown = failures > 0 ? sender.lastFailure() : detail;
            return new SenderState(group, settings, status, sender == null ? 0 : sender.socketId(), stream.count(),
                    failures, shown);
        }
    }
}
