package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of socket ids as the user types it: {@code 3}, {@code 1, 4-6}; empty text means every
 * socket. Ranges are kept as ranges, so {@code 1-1000000} costs nothing.
 */
public final class SocketIdSet {

    /** Every socket. */
    public static final SocketIdSet ALL = new SocketIdSet(List.of(), "");

    private record Range(int from, int to) {
    }

    private final List<Range> ranges;
    private final String text;

    private SocketIdSet(List<Range> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /** The given ids, e.g. {@code of(3)}. */
    public static SocketIdSet of(int... ids) {
        List<Range> ranges = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int id : ids) {
            ranges.add(new Range(id, id));
            text.append(text.isEmpty() ? "" : ", ").append(id);
        }
        return ranges.isEmpty() ? ALL : new SocketIdSet(List.copyOf(ranges), text.toString());
    }

    /**
     * Parses {@code 1, 3-5 7} (commas or spaces between items, {@code a-b} for a range).
     *
     * @throws IllegalArgumentException naming the item that is not a socket id or range
     */
    public static SocketIdSet parse(String text) {
        List<Range> ranges = new ArrayList<>();
        for (String item : text.trim().split("[,\\s]+")) {
            if (!item.isEmpty()) {
                ranges.add(parseItem(item));
            }
        }
        return ranges.isEmpty() ? ALL : new SocketIdSet(List.copyOf(ranges), text.trim());
    }

    private static Range parseItem(String item) {
        int dash = item.indexOf('-', 1);
        try {
            if (dash < 0) {
                int id = Integer.parseInt(item);
                return checked(new Range(id, id), item);
            }
            return checked(new Range(Integer.parseInt(item.substring(0, dash)), Integer.parseInt(item.substring(dash + 1))), item);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("traffic.filter.socketIds", item));
        }
    }

    private static Range checked(Range range, String item) {
        if (range.from() < 0 || range.to() < range.from()) {
            throw new IllegalArgumentException(Texts.get("traffic.filter.socketIds", item));
        }
        return range;
    }

    /** Whether no socket is excluded. */
    public boolean isAll() {
        return ranges.isEmpty();
    }

    public boolean contains(int socketId) {
        if (ranges.isEmpty()) {
            return true;
        }
        for (Range range : ranges) {
            if (socketId >= range.from() && socketId <= range.to()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return ranges.isEmpty() ? Texts.get("traffic.filter.allSockets") : text;
    }
}
