package org.socketworkbench.multicast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints the whole group's matrix for {@code probe --matrix}: one table per channel, a row per
 * receiver and a column per sender; each cell is {@code loss%/latency} in one word (so scripts
 * can split on spaces): {@code 0.00%/0.012ms} measured on a shared clock,
 * {@code 0.00%/~0.105±0.105ms} estimated from the RTT, {@code 0.00%/-} with neither, {@code -}
 * where that receiver does not hear that sender. The last column says when the receiver last
 * reported, and "silent" once it stopped.
 */
public final class MatrixTable {

    static final String ABSENT = "-";

    private MatrixTable() {
    }

    public static String format(RosterSnapshot snapshot) {
        StringBuilder out = new StringBuilder();
        for (ChannelSnapshot channel : snapshot.channels()) {
            out.append(format(channel.matrix()));
        }
        return out.toString();
    }

    public static String format(MatrixSnapshot matrix) {
        List<String> columns = new ArrayList<>();
        columns.add("receiver\\sender");
        matrix.senders().forEach(s -> columns.add(s.name() + ">"));
        columns.add("last report"); // i18n-ok: command output
        TextTable table = new TextTable(columns);
        for (int row = 0; row < matrix.receivers().size(); row++) {
            MatrixHost receiver = matrix.receivers().get(row);
            List<String> cells = new ArrayList<>();
            cells.add(receiver.name());
            for (int column = 0; column < matrix.senders().size(); column++) {
                cells.add(cell(matrix.cell(row, column)));
            }
            cells.add(lastReport(receiver, matrix.takenAt()));
            table.add(cells);
        }
        return "matrix of " + matrix.channel() + " (loss%/one-way latency; ~ estimated from RTT):\n" + table.render(); // i18n-ok: command output
    }

    /** One word: loss and latency. */
    static String cell(Optional<MatrixCell> reported) {
        if (reported.isEmpty()) {
            return ABSENT;
        }
        MatrixCell cell = reported.get();
        return decimal(2, cell.block().lossPercent()) + "%/" + latency(cell);
    }

    /** The latency word: "0.012ms", "~0.105±0.105ms" or "-". */
    public static String latency(MatrixCell cell) {
        if (cell.latency().isEmpty()) {
            return ABSENT;
        }
        String value = decimal(3, cell.latency().getAsLong() / 1e6);
        return cell.latencyMeasured() ? value + "ms" : "~" + value + "±" + decimal(3, cell.latencyBound() / 1e6) + "ms";
    }

    public static String lastReport(MatrixHost receiver, long now) {
        String ago = decimal(1, (now - receiver.lastHeard()) / 1e9) + "s ago";
        return receiver.silent() ? "silent, " + ago : ago;
    }

    private static String decimal(int places, double value) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
