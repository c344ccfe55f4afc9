package org.socketworkbench.multicast;

import org.socketworkbench.engine.SocketEngine;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The Multicast view's workspace, headless, for a test to run inside a network namespace with
 * {@code ip netns exec} (the test's JVM stays in the host's namespace and cannot move its
 * sockets there). Adds one group (with sources when given), joins it on one adapter as the
 * view's matrix cell does, optionally blocks a source and starts the group's sender, runs for a
 * while with the view's 10 Hz tick, then prints the cell, the roster and the whole-group matrix:
 *
 * <pre>
 * CELL joined (socket 3) from 10.213.0.1
 * ROW host1 10.213.0.1 412 0
 * MATRIX receiver sender 0.00
 * </pre>
 *
 * Arguments: {@code GROUP:PORT IFACE NAME SOURCES|- BLOCK|- SEND(true|false) SECONDS}. Exit code
 * 2 when the join failed.
 */
public final class WorkspaceInNamespace {

    private WorkspaceInNamespace() {
    }

    public static void main(String[] args) {
        GroupAddress group = GroupAddress.parse(args[0]);
        Channel channel = new Channel(group, args[1]);
        String name = args[2];
        List<java.net.InetAddress> sources = args[3].equals("-") ? List.of() : SourceList.parse(args[3]);
        Optional<String> block = args[4].equals("-") ? Optional.empty() : Optional.of(args[4]);
        boolean send = Boolean.parseBoolean(args[5]);
        long seconds = Long.parseLong(args[6]);
        try (SocketEngine engine = SocketEngine.builder().build();
             MulticastWorkspace workspace = new MulticastWorkspace(engine, name)) {
            workspace.addGroup(new GroupSettings(group, 1, true, sources));
            workspace.join(channel);
            MembershipState cell = awaitSettled(workspace, channel);
            if (cell.status() != MembershipStatus.JOINED) {
                System.out.println("CELL " + cell.label());
                System.exit(2);
            }
            block.ifPresent(source -> workspace.blockSource(channel, source, true).join());
            if (send) {
                workspace.startSender(group, new SenderSettings(channel.iface(), new ProbeRate(100_000), 100, 1));
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                workspace.tick();
            }
            WorkspaceSnapshot snapshot = workspace.snapshot();
            System.out.println("CELL " + snapshot.membership(channel).orElseThrow().label());
            for (SenderSnapshot row : snapshot.roster().senders()) {
                System.out.println("ROW " + row.hostName() + " " + row.sourceAddress() + " " + row.counts().packets()
                        + " " + row.counts().lost());
            }
            for (ChannelSnapshot c : snapshot.roster().channels()) {
                MatrixSnapshot m = c.matrix();
                for (MatrixHost receiver : m.receivers()) {
                    for (MatrixHost sender : m.senders()) {
                        m.cell(receiver.name(), sender.name()).ifPresent(cellOf -> System.out.println("MATRIX "
                                + receiver.name() + " " + sender.name() + " " + cellOf.block().lost()));
                    }
                }
            }
        }
        System.exit(0);
    }

    private static MembershipState awaitSettled(MulticastWorkspace workspace, Channel channel) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            MembershipState state = workspace.snapshot().membership(channel).orElseThrow();
            if (state.status() != MembershipStatus.JOINING || System.nanoTime() > deadline) {
                return state;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
