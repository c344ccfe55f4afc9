package org.socketworkbench.multicast;

import java.util.List;
import java.util.Optional;

/**
 * The whole group's view of one channel: receivers (rows) × senders (columns), built from the
 * receiver reports of every host, this one's included. Immutable.
 *
 * @param channel   the group and adapter the reports arrived on
 * @param takenAt   when (probe clock)
 * @param receivers rows, by name
 * @param senders   columns, by name
 * @param cells     {@code cells.get(row).get(column)}; empty where that receiver does not hear that sender
 */
public record MatrixSnapshot(Channel channel, long takenAt, List<MatrixHost> receivers, List<MatrixHost> senders,
                             List<List<Optional<MatrixCell>>> cells) {

    public MatrixSnapshot {
        receivers = List.copyOf(receivers);
        senders = List.copyOf(senders);
        cells = cells.stream().map(List::copyOf).toList();
    }

    public Optional<MatrixCell> cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** The cell of the receiver and sender with these names, if both are listed and it is reported. */
    public Optional<MatrixCell> cell(String receiverName, String senderName) {
        int row = indexOf(receivers, receiverName);
        int column = indexOf(senders, senderName);
        return row < 0 || column < 0 ? Optional.empty() : cell(row, column);
    }

    /** Whether any pair lost anything (or saw duplicates), which makes {@code probe --matrix} exit 1. */
    public boolean anyLoss() {
        return cells.stream().flatMap(List::stream).flatMap(Optional::stream)
                .anyMatch(c -> c.block().lost() > 0 || c.block().duplicates() > 0);
    }

    private static int indexOf(List<MatrixHost> hosts, String name) {
        for (int i = 0; i < hosts.size(); i++) {
            if (hosts.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
