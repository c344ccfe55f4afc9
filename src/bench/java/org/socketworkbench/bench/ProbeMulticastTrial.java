package org.socketworkbench.bench;

import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.ClockDomain;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.ProbeClock;
import org.socketworkbench.multicast.ProbeRate;
import org.socketworkbench.multicast.ProbeReceiver;
import org.socketworkbench.multicast.ProbeSender;
import org.socketworkbench.multicast.ProbeStream;
import org.socketworkbench.multicast.ReportSettings;
import org.socketworkbench.multicast.Roster;
import org.socketworkbench.multicast.SequenceCounts;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Our probe sender and receiver at one rate on {@code lo} with TTL 0 (nothing leaves the host):
 * each with its own engine, as two programs would be, in one JVM; the receiver sends its
 * receiver report once a second, as every receiver does.
 */
final class ProbeMulticastTrial {

    private static final long DRAIN_MS = 3000;

    private final GroupAddress group;
    private final int size;
    private final long millis;

    ProbeMulticastTrial(GroupAddress group, int size, long millis) {
        this.group = group;
        this.size = size;
        this.millis = millis;
    }

    RateTrial run(long packetsPerSecond) {
        LongSupplier clock = ProbeClock.system();
        Roster roster = new Roster(clock, new ClockDomain("bench", false));
        ProbeRate rate = new ProbeRate(packetsPerSecond * 1000);
        try (SocketEngine receiving = SocketEngine.builder().build(); SocketEngine sending = SocketEngine.builder().build();
             ProbeReceiver ignored = ProbeReceiver.open(receiving, new Channel(group, "lo"), roster,
                     ReportSettings.everySecond("bench", 0)).get(10, TimeUnit.SECONDS)) {
            ProbeStream stream = new ProbeStream(ProbeStream.newSenderId(), "bench", group.toSocketAddress(), 0, rate, size,
                    clock);
            ProbeSender sender = ProbeSender.open(sending, group, "lo", 0, true, stream, rate, clock)
                    .get(10, TimeUnit.SECONDS).start();
            Thread.sleep(millis);
            sender.close();
            long sent = sender.sent() - sender.failures();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MS);
            while (counts(roster).received() < sent && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            SequenceCounts counts = counts(roster);
            return new RateTrial(packetsPerSecond, millis / 1000.0, sent, counts.received(), counts.lost());
        } catch (Exception e) {
            throw new IllegalStateException("probe trial at " + packetsPerSecond + " pkt/s failed", e);
        }
    }

    private static SequenceCounts counts(Roster roster) {
        return roster.snapshot().senders().stream().findFirst().map(s -> s.counts())
                .orElse(new SequenceCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
