package org.socketworkbench.multicast;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.testing.Eventually;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace on {@code lo} with TTL 0: joins per cell, a sender per group, the shared roster. */
class MulticastWorkspaceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final GroupAddress GROUP = GroupAddress.parse("239.255.42.7:45127");
    private static final Channel ON_LO = new Channel(GROUP, "lo");
    private static final SenderSettings FROM_LO = new SenderSettings("lo", new ProbeRate(200_000), 100, 0);

    private final SocketEngine engine = SocketEngine.builder().build();
    private final MulticastWorkspace workspace = new MulticastWorkspace(engine, "workspace-test");

    @AfterEach
    void close() {
        workspace.close();
        engine.close();
    }

    @Test
    void aJoinedCellNamesItsSocketAndTheSendersProbesArriveWithoutLoss() {
        workspace.addGroup(new GroupSettings(GROUP, 0, true));
        workspace.join(ON_LO);
        awaitMembership(MembershipStatus.JOINED);
        MembershipState joined = workspace.snapshot().membership(ON_LO).orElseThrow();
        assertEquals("joined (socket " + joined.socketId() + ")", joined.label());

        workspace.startSender(GROUP, FROM_LO);
        Eventually.await(WAIT, () -> received() >= 20, this::describe);
        workspace.stopSender(GROUP);
        Eventually.await(WAIT, () -> lastSender().map(SenderSnapshot::ended).orElse(false), this::describe);

        SenderState sender = workspace.snapshot().sender(GROUP).orElseThrow();
        SenderSnapshot row = lastSender().orElseThrow();
        assertEquals(SenderStatus.STOPPED, sender.status());
        assertEquals("workspace-test", row.hostName());
        assertEquals(sender.sent(), row.counts().received(), "every probe sent, the LAST one included, arrived");
        assertEquals(0, row.counts().lost());
        assertTrue(row.latency().isPresent(), "a sender of this process shares our clock");
    }

    @Test
    void aSenderGivenASourceAddressSendsFromIt() {
        // 127.0.0.2 is on lo but is not the address the OS picks (127.0.0.1): the probes carry it only if bound to it
        workspace.addGroup(new GroupSettings(GROUP, 0, true));
        workspace.join(ON_LO);
        awaitMembership(MembershipStatus.JOINED);
        workspace.startSender(GROUP, new SenderSettings("lo", "127.0.0.2", new ProbeRate(200_000), 100, 0));
        Eventually.await(WAIT, () -> received() >= 5, this::describe);
        assertEquals("127.0.0.2", lastSender().orElseThrow().sourceAddress());
    }

    @Test
    void leavingDropsTheCellAndItsRosterRows() {
        workspace.addGroup(new GroupSettings(GROUP, 0, true));
        workspace.join(ON_LO);
        awaitMembership(MembershipStatus.JOINED);
        assertEquals(1, workspace.snapshot().roster().channels().size());

        workspace.leave(ON_LO);
        assertEquals(Optional.empty(), workspace.snapshot().membership(ON_LO));
        assertEquals(List.of(), workspace.snapshot().roster().channels());
    }

    @Test
    void aJoinOnAnUnknownAdapterShowsTheStepAndTheOsResult() {
        workspace.addGroup(new GroupSettings(GROUP, 0, true));
        Channel nowhere = new Channel(GROUP, "nosuch0");
        workspace.join(nowhere);
        Eventually.await(WAIT, () -> workspace.snapshot().membership(nowhere)
                .map(m -> m.status() == MembershipStatus.FAILED).orElse(false), this::describe);
        String label = workspace.snapshot().membership(nowhere).orElseThrow().label();
        assertTrue(label.startsWith("choose adapter nosuch0 failed: -"), label);
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        workspace.addGroup(new GroupSettings(GROUP, 0, true));
        assertEquals("239.255.42.7:45127 is already in the list",
                assertThrows(IllegalArgumentException.class, () -> workspace.addGroup(new GroupSettings(GROUP, 1, false)))
                        .getMessage());
        GroupAddress other = GroupAddress.parse("239.255.42.8:45127");
        assertEquals("239.255.42.8:45127 is not in the list of groups",
                assertThrows(IllegalArgumentException.class, () -> workspace.join(new Channel(other, "lo"))).getMessage());
        assertEquals("Size 20 is too small: a probe announcing 'workspace-test' needs at least 72 bytes",
                assertThrows(IllegalArgumentException.class, () -> workspace.startSender(GROUP,
                        new SenderSettings("lo", new ProbeRate(1000), 20, 0))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new GroupSettings(GroupAddress.parse("[ff02::77%lo]:5000"), 0, true));
    }

    @Test
    void removingAGroupLeavesItsJoinsAndStopsItsSender() {
        workspace.addGroup(new GroupSettings(GROUP, 0, true));
        workspace.join(ON_LO);
        awaitMembership(MembershipStatus.JOINED);
        workspace.startSender(GROUP, FROM_LO);
        Eventually.await(WAIT, () -> received() > 0, this::describe);

        workspace.removeGroup(GROUP);
        WorkspaceSnapshot after = workspace.snapshot();
        assertEquals(List.of(), after.groups());
        assertEquals(List.of(), after.memberships());
        assertEquals(List.of(), after.senders());
        assertEquals(List.of(), after.roster().channels());
    }

    private void awaitMembership(MembershipStatus status) {
        Eventually.await(WAIT, () -> workspace.snapshot().membership(ON_LO).map(m -> m.status() == status).orElse(false),
                this::describe);
    }

    private long received() {
        return lastSender().map(s -> s.counts().received()).orElse(0L);
    }

    private Optional<SenderSnapshot> lastSender() {
        workspace.tick();
        return workspace.snapshot().roster().senders().stream().findFirst();
    }

    private String describe() {
        WorkspaceSnapshot snapshot = workspace.snapshot();
        return snapshot.memberships() + " " + snapshot.senders() + "\n" + RosterTable.format(snapshot.roster());
    }
}
