package org.socketworkbench.multicast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The whole group's view of one channel, built from every host's {@link ReceiverReport} (ours
 * included): receivers × senders, each cell the receiver's latest block on that sender and a
 * bounded history, one sample per report interval.
 *
 * <p>Round-trip time, NTP-style (RFC 3550 section 6.4.1): a report echoes the send time of the latest
 * probe it received from each sender (LSR) and how long ago that was (DLSR). When the block is
 * about one of our senders, {@code RTT = arrival - LSR - DLSR}, all on our clock but DLSR (a
 * duration on the reporter's), so no shared clock is needed; the smallest of the last eight
 * samples counts ({@link RttFilter}). We publish that RTT in our own
 * blocks, so every host sees every pair's RTT, not only its own. One-way latency is then the
 * shared-clock median where there is one, else RTT / 2 ± RTT / 2.
 *
 * <p>Not thread-safe: {@link Roster} guards it with its lock.
 */
final class ReceptionMatrix {

    /** Report intervals of history per cell: five minutes at one a second. */
    static final int HISTORY = 300;
    /** A reporter is silent after this many of its intervals without a report. */
    private static final int SILENT_AFTER_INTERVALS = 3;

    private final Map<Long, Reporter> reporters = new LinkedHashMap<>();
    /** What we measured: the sender id of a reporting host → RTT to it. */
    private final Map<Long, RttFilter> rttToSender = new HashMap<>();

    void report(ReceiverReport report, long arrival, LongPredicate isLocalSender) {
        Reporter reporter = reporters.computeIfAbsent(report.reporterId(), id -> new Reporter());
        reporter.name = report.hostName();
        reporter.localSenderId = report.localSenderId();
        reporter.lastHeard = arrival;
        reporter.intervalNanos = Math.max(1, report.intervalMillis()) * 1_000_000L;
        for (ReportBlock block : report.blocks()) {
            Cell cell = reporter.cells.computeIfAbsent(block.senderId(), id -> new Cell());
            if (isLocalSender.test(block.senderId()) && block.lastSendTime() != 0) {
                long rtt = Math.max(0, Saturating.subtract(Saturating.subtract(arrival, block.lastSendTime()),
                        block.delaySinceLast()));
                cell.directRtt.add(rtt);
                if (report.localSenderId() != 0) {
                    rttToSender.computeIfAbsent(report.localSenderId(), id -> new RttFilter()).add(rtt);
                }
            }
            cell.update(block, report.reportTime(), arrival);
        }
    }

    /** The RTT we measured to the host that sends as {@code senderId}, for our own report. */
    OptionalLong rttTo(long senderId) {
        RttFilter rtt = rttToSender.get(senderId);
        return rtt == null ? OptionalLong.empty() : rtt.value();
    }

    /**
     * @param probeNames sender id → host name, from the probes we receive ourselves
     */
    MatrixSnapshot snapshot(Channel channel, long now, Map<Long, String> probeNames) {
        Map<Long, String> senderNames = new HashMap<>(probeNames);
        reporters.values().forEach(r -> {
            if (r.localSenderId != 0) {
                senderNames.putIfAbsent(r.localSenderId, r.name);
            }
        });
        Set<Long> senderIds = new LinkedHashSet<>(probeNames.keySet());
        reporters.values().forEach(r -> senderIds.addAll(r.cells.keySet()));
        List<MatrixHost> columns = new ArrayList<>();
        for (long id : senderIds) {
            columns.add(new MatrixHost(id, senderNames.getOrDefault(id, String.format("%016x", id)), lastMention(id),
                    false));
        }
        columns.sort(Comparator.comparing(MatrixHost::name).thenComparingLong(MatrixHost::id));
        List<Map.Entry<Long, Reporter>> rows = new ArrayList<>(reporters.entrySet());
        rows.sort(Comparator.comparing((Map.Entry<Long, Reporter> e) -> e.getValue().name)
                .thenComparingLong(Map.Entry::getKey));
        List<MatrixHost> rowHosts = new ArrayList<>();
        List<List<Optional<MatrixCell>>> cells = new ArrayList<>();
        for (Map.Entry<Long, Reporter> row : rows) {
            Reporter r = row.getValue();
            rowHosts.add(new MatrixHost(row.getKey(), r.name, r.lastHeard,
                    now - r.lastHeard > SILENT_AFTER_INTERVALS * r.intervalNanos));
            List<Optional<MatrixCell>> line = new ArrayList<>();
            for (MatrixHost column : columns) {
                Cell cell = r.cells.get(column.id());
                line.add(cell == null ? Optional.empty() : Optional.of(cell.snapshot(rtt(r, cell, column.id()))));
            }
            cells.add(line);
        }
        return new MatrixSnapshot(channel, now, rowHosts, columns, cells);
    }

    /**
     * The pair's RTT: ours when we are the sender; else the receiver's own measurement to the
     * sender; else the sender's measurement to the receiver (RTT is one figure for both ways).
     */
    private OptionalLong rtt(Reporter receiver, Cell cell, long senderId) {
        if (cell.directRtt.value().isPresent()) {
            return cell.directRtt.value();
        }
        if (cell.block.rtt().isPresent()) {
            return cell.block.rtt();
        }
        if (receiver.localSenderId == 0) {
            return OptionalLong.empty();
        }
        for (Reporter sender : reporters.values()) {
            if (sender.localSenderId == senderId) {
                Cell back = sender.cells.get(receiver.localSenderId);
                if (back != null) {
                    return back.directRtt.value().isPresent() ? back.directRtt.value() : back.block.rtt();
                }
            }
        }
        return OptionalLong.empty();
    }

    private long lastMention(long senderId) {
        long last = 0;
        for (Reporter r : reporters.values()) {
            if (r.cells.containsKey(senderId)) {
                last = Math.max(last, r.lastHeard);
            }
        }
        return last;
    }

    private static final class Reporter {
        private String name = "";
        private long localSenderId;
        private long lastHeard;
        private long intervalNanos = 1_000_000_000L;
        private final Map<Long, Cell> cells = new LinkedHashMap<>();
    }

    private static final class Cell {
        private ReportBlock block;
        private long reportTime = Long.MIN_VALUE;
        private long reportedAt;
        /** RTT samples we took ourselves (we are this cell's sender), filtered. */
        private final RttFilter directRtt = new RttFilter();
        private final ArrayDeque<CellSample> history = new ArrayDeque<>();

        /** A block we already have (our own report looping back, or a repeat) adds no sample. */
        private void update(ReportBlock next, long nextReportTime, long arrival) {
            if (nextReportTime == reportTime) {
                return;
            }
            long expected = block == null ? next.expected() : Saturating.subtract(next.expected(), block.expected());
            long lost = block == null ? next.lost() : Saturating.subtract(next.lost(), block.lost());
            block = next;
            reportTime = nextReportTime;
            reportedAt = arrival;
            OptionalLong latency = latency(next, directRtt.value().isPresent() ? directRtt.value() : next.rtt());
            history.addLast(new CellSample(arrival, Math.max(0, expected), Math.max(0, lost), latency.orElse(-1)));
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
        }

        private MatrixCell snapshot(OptionalLong rtt) {
            OptionalLong latency = latency(block, rtt);
            long bound = block.latencyMedian().isPresent() || rtt.isEmpty() ? 0 : rtt.getAsLong() / 2;
            return new MatrixCell(block, reportedAt, rtt, latency, bound, List.copyOf(history));
        }

        private static OptionalLong latency(ReportBlock block, OptionalLong rtt) {
            if (block.latencyMedian().isPresent()) {
                return block.latencyMedian();
            }
            return rtt.isPresent() ? OptionalLong.of(rtt.getAsLong() / 2) : OptionalLong.empty();
        }
    }
}
