package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socketworkbench.multicast.FakeClock.SECOND;

class ProbeExitCodeTest {

    private final Roster roster = new Roster(new FakeClock(SECOND), new ClockDomain("", false));

    @Test
    void aCleanRunIsZero() {
        roster.record(Probes.CHANNEL, Probes.bytes(1, 0), "127.0.0.1", 1);
        roster.record(Probes.CHANNEL, Probes.bytes(1, 1), "127.0.0.1", 1);
        assertEquals(0, ProbeExitCode.judge(roster.snapshot(), ProbeMode.SEND_AND_RECEIVE).code());
    }

    @Test
    void lossOrDuplicatesAreOne() {
        roster.record(Probes.CHANNEL, Probes.bytes(1, 0), "127.0.0.1", 1);
        roster.record(Probes.CHANNEL, Probes.bytes(1, 2), "127.0.0.1", 1);
        assertEquals(ProbeExitCode.LOSS_OR_DUPLICATES, ProbeExitCode.judge(roster.snapshot(), ProbeMode.RECEIVE_ONLY));

        Roster dup = new Roster(new FakeClock(SECOND), new ClockDomain("", false));
        dup.record(Probes.CHANNEL, Probes.bytes(1, 0), "127.0.0.1", 1);
        dup.record(Probes.CHANNEL, Probes.bytes(1, 0), "127.0.0.1", 1);
        assertEquals(1, ProbeExitCode.judge(dup.snapshot(), ProbeMode.RECEIVE_ONLY).code());
    }

    @Test
    void aGroupWithOnlyForeignTrafficReceivedNothing() {
        roster.record(Probes.CHANNEL, Probes.bytes(1, 0), "127.0.0.1", 1);
        roster.record(Probes.CHANNEL, Probes.bytes(1, 5), "127.0.0.1", 1);
        Channel other = new Channel(GroupAddress.parse("239.5.5.5:5000"), "lo");
        roster.record(other, "noise".getBytes(StandardCharsets.US_ASCII), "127.0.0.1", 1);
        assertEquals(4, ProbeExitCode.judge(roster.snapshot(), ProbeMode.SEND_AND_RECEIVE).code(),
                "silence outranks loss");
    }

    @Test
    void sendOnlyIgnoresTheRoster() {
        roster.watch(Probes.CHANNEL);
        assertEquals(ProbeExitCode.OK, ProbeExitCode.judge(roster.snapshot(), ProbeMode.SEND_ONLY));
        assertEquals(ProbeExitCode.NOTHING_RECEIVED, ProbeExitCode.judge(roster.snapshot(), ProbeMode.RECEIVE_ONLY));
    }

    @Test
    void theCodesAreTheDocumentedNumbers() {
        assertEquals(2, ProbeExitCode.USAGE.code());
        assertEquals(3, ProbeExitCode.SOCKET_ERROR.code());
    }
}
