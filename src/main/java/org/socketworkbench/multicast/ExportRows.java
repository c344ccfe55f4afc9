package org.socketworkbench.multicast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The roster and the matrix as flat rows of named fields, in one place, so the CSV and the JSON
 * export ({@link ProbeCsv}, {@link ProbeJson}) always carry the same columns. Values are String,
 * Long, Double, Boolean, or null for "not known" (latency without a shared clock, RTT before the
 * first report came back).
 */
public final class ExportRows {

    private ExportRows() {
    }

    /** One row per (channel, sender), as in the roster table. */
    public static List<Map<String, Object>> roster(RosterSnapshot snapshot) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SenderSnapshot s : snapshot.senders()) {
            SequenceCounts c = s.counts();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", s.channel().group().toString());
            row.put("iface", s.channel().ifaceLabel());
            row.put("host", s.hostName());
            row.put("sender_id", s.senderIdHex());
            row.put("source_address", s.sourceAddress());
            row.put("source_port", (long) s.sourcePort());
            row.put("packets", c.packets());
            row.put("bytes", c.bytes());
            row.put("expected", c.expected());
            row.put("received", c.received());
            row.put("lost", c.lost());
            row.put("loss_percent", c.lossPercent());
            row.put("gaps", c.gaps());
            row.put("duplicates", c.duplicates());
            row.put("reordered", c.reordered());
            row.put("late", c.late());
            row.put("stale", c.stale());
            row.put("rate_per_second", s.rate().packetsPerSecond());
            row.put("latency_median_ns", s.latency().map(l -> (Object) l.medianNanos()).orElse(null));
            row.put("latency_max_ns", s.latency().map(l -> (Object) l.maxNanos()).orElse(null));
            row.put("jitter_ns", s.latency().map(l -> (Object) l.jitterNanos()).orElse(null));
            row.put("ended", s.ended());
            rows.add(row);
        }
        return rows;
    }

    /** One row per reported (channel, receiver, sender) pair of every channel's matrix. */
    public static List<Map<String, Object>> matrix(RosterSnapshot snapshot) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChannelSnapshot channel : snapshot.channels()) {
            MatrixSnapshot m = channel.matrix();
            for (int r = 0; r < m.receivers().size(); r++) {
                for (int col = 0; col < m.senders().size(); col++) {
                    if (m.cell(r, col).isEmpty()) {
                        continue;
                    }
                    MatrixCell cell = m.cell(r, col).get();
                    ReportBlock b = cell.block();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("group", channel.channel().group().toString());
                    row.put("iface", channel.channel().ifaceLabel());
                    row.put("receiver", m.receivers().get(r).name());
                    row.put("sender", m.senders().get(col).name());
                    row.put("sender_id", m.senders().get(col).idHex());
                    row.put("expected", b.expected());
                    row.put("received", b.received());
                    row.put("lost", b.lost());
                    row.put("loss_percent", b.lossPercent());
                    row.put("duplicates", b.duplicates());
                    row.put("reordered", b.reordered());
                    row.put("late", b.late());
                    row.put("rtt_ns", orNull(cell.rtt()));
                    row.put("latency_ns", orNull(cell.latency()));
                    row.put("latency_bound_ns", cell.latency().isPresent() ? (Object) cell.latencyBound() : null);
                    row.put("latency_measured", cell.latencyMeasured());
                    row.put("receiver_silent", m.receivers().get(r).silent());
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Object orNull(OptionalLong value) {
        return value.isPresent() ? (Object) value.getAsLong() : null;
    }
}
