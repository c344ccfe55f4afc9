package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socketworkbench.multicast.FakeClock.MS;
import static org.socketworkbench.multicast.FakeClock.SECOND;

class RosterTableTest {

    private final FakeClock clock = new FakeClock(1_000 * SECOND);
    private final ClockDomain clocks = new ClockDomain("alpha", false);
    private final Roster roster = new Roster(clock, clocks);

    @Test
    void theTableHasOneAlignedRowPerSenderAndNotesForeignTraffic() {
        Channel v6 = new Channel(GroupAddress.parse("[ff02::1234%lo]:5000"), "lo");
        Channel silent = new Channel(GroupAddress.parse("239.9.9.9:6000"), "");
        roster.watch(Probes.CHANNEL);
        roster.watch(silent);
        for (long seq = 0; seq < 200; seq++) {
            clock.advance(10 * MS);
            if (seq != 50) {
                long sent = clock.getAsLong() - MS / 4;
                roster.record(Probes.CHANNEL, ProbeCodec.encode(Probes.probe(1, seq, sent), 100), "127.0.0.1", 40000);
            }
        }
        ProbePacket other = new ProbePacket(ProbePacket.FLAG_LAST, 2, 0, 0, 1,
                new InetSocketAddress(v6.group().address(), 5000), 1_000, "beta.example");
        roster.record(v6, ProbeCodec.encode(other, 80), "fe80::1", 41000);
        roster.record(v6, "junk".getBytes(StandardCharsets.US_ASCII), "fe80::2", 9);
        clock.advance(500 * MS);

        RosterSnapshot snapshot = roster.snapshot();
        // rate/s: the last complete second holds 60 probes of alpha (it stopped 0.5 s ago); beta's
        // single probe spread over its 0.5 s of life reads 2/s.
        assertEquals("""
                group                 host                source           iface    pkts  rate/s  loss%  lost  gaps  dups  reord  late  lat med/max ms  last seen
                239.1.2.3:5000        alpha               127.0.0.1:40000  lo        199    60.0   0.50     1     1     0      0     0     0.250/0.250  0.5s ago
                239.9.9.9:6000        (nothing received)  -                default     -       -      -     -     -     -      -     -               -  -
                [ff02::1234%lo]:5000  beta.example        [fe80::1]:41000  lo          1     0.0   0.00     0     0     0      0     0               -  0.5s ago, ended
                foreign on [ff02::1234%lo]:5000 on lo: 1 packet (4 bytes) from [fe80::2]:9, latest: 4 bytes that do not start with SWPR
                """, RosterTable.format(snapshot));
        assertEquals("3 groups, 2 senders: 200 packets, 1 lost (0.50%), 1 gap, 0 duplicates, 0 reordered, 0 late, "
                + "1 packet foreign", RosterTable.summary(snapshot));
    }

    @Test
    void aProbeAimedAtAnotherGroupIsPointedOut() {
        ProbePacket elsewhere = new ProbePacket(0, 0xabcL, 0, 0, 1,
                GroupAddress.parse("239.7.7.7:5000").toSocketAddress(), 0, "gamma");
        roster.record(Probes.CHANNEL, ProbeCodec.encode(elsewhere, 80), "127.0.0.1", 1);
        String table = RosterTable.format(roster.snapshot());
        assertEquals("note: gamma (0000000000000abc) on 239.1.2.3:5000 on lo sent to 239.7.7.7:5000: another group's "
                + "probes reach this socket", table.lines().toList().getLast());
    }

    @Test
    void anEmptyRosterIsJustTheHeader() {
        RosterSnapshot empty = roster.snapshot();
        assertEquals(1, RosterTable.format(empty).lines().count());
        assertEquals("0 groups, 0 senders: 0 packets, 0 lost (0.00%), 0 gaps, 0 duplicates, 0 reordered, 0 late, "
                + "0 packets foreign", RosterTable.summary(empty));
    }
}
