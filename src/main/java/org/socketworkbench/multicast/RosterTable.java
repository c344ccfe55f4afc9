package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Addresses;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a roster snapshot for the headless {@code probe} command: a fixed-width table with one
 * row per (channel, sender), notes about foreign traffic and misdirected probes, and a one-line
 * summary. Numbers use a dot as decimal separator whatever the locale.
 */
public final class RosterTable {

    private static final List<String> COLUMNS = List.of("group", "host", "source", "iface", "pkts>", "rate/s>",
            "loss%>", "lost>", "gaps>", "dups>", "reord>", "late>", "lat med/max ms>", "last seen"); // i18n-ok: command output
    private static final String NONE = "-";

    private RosterTable() {
    }

    /** The table followed by its notes (foreign traffic, probes aimed at another group), if any. */
    public static String format(RosterSnapshot snapshot) {
        TextTable table = new TextTable(COLUMNS);
        List<String> notes = new ArrayList<>();
        for (ChannelSnapshot channel : snapshot.channels()) {
            if (channel.senders().isEmpty()) {
                table.add(emptyRow(channel.channel()));
            }
            for (SenderSnapshot sender : channel.senders()) {
                table.add(row(sender, snapshot.takenAtNanos()));
                if (sender.targetMismatch()) {
                    notes.add("note: " + sender.hostName() + " (" + sender.senderIdHex() + ") on " + channel.channel()
                            + " sent to " + socketText(sender.target()) // i18n-ok: command output
                            + ": another group's probes reach this socket"); // i18n-ok: command output
                }
            }
            notes.addAll(foreignNotes(channel));
        }
        StringBuilder out = new StringBuilder(table.render());
        notes.forEach(note -> out.append(note).append('\n'));
        return out.toString();
    }

    /** One line of totals over every channel. */
    public static String summary(RosterSnapshot snapshot) {
        List<SenderSnapshot> senders = snapshot.senders();
        long packets = 0;
        long expected = 0;
        long lost = 0;
        long gaps = 0;
        long duplicates = 0;
        long reordered = 0;
        long late = 0;
        for (SenderSnapshot sender : senders) {
            SequenceCounts c = sender.counts();
            packets = Saturating.add(packets, c.packets());
            expected = Saturating.add(expected, c.expected());
            lost = Saturating.add(lost, c.lost());
            gaps = Saturating.add(gaps, c.gaps());
            duplicates = Saturating.add(duplicates, c.duplicates());
            reordered = Saturating.add(reordered, c.reordered());
            late = Saturating.add(late, c.late());
        }
        long foreign = snapshot.channels().stream().mapToLong(c -> c.foreign().packets()).sum();
        double lossPercent = expected == 0 ? 0 : Math.min(100, 100.0 * ((double) lost / expected)); // sums saturate
        return String.format(Locale.ROOT,
                "%s, %s: %s, %d lost (%.2f%%), %s, %s, %d reordered, %d late, %s foreign",
                plural(snapshot.channels().size(), "group"), plural(senders.size(), "sender"),
                plural(packets, "packet"), lost, lossPercent, plural(gaps, "gap"), plural(duplicates, "duplicate"),
                reordered, late, plural(foreign, "packet"));
    }

    private static List<String> row(SenderSnapshot s, long now) {
        SequenceCounts c = s.counts();
        return List.of(s.channel().group().toString(), s.hostName(), hostPort(s.sourceAddress(), s.sourcePort()),
                s.channel().ifaceLabel(), Long.toString(c.packets()),
                decimal(1, s.rate().packetsPerSecond()), decimal(2, c.lossPercent()), Long.toString(c.lost()),
                Long.toString(c.gaps()), Long.toString(c.duplicates()), Long.toString(c.reordered()),
                Long.toString(c.late()), latency(s), lastSeen(s, now));
    }

    private static List<String> emptyRow(Channel channel) {
        List<String> cells = new ArrayList<>(List.of(channel.group().toString(), "(nothing received)", NONE, // i18n-ok: command output
                channel.ifaceLabel()));
        while (cells.size() < COLUMNS.size()) {
            cells.add(NONE);
        }
        return cells;
    }

    /** One line per source of foreign (non-probe) traffic on the channel, plus one for unlisted sources. */
    public static List<String> foreignNotes(ChannelSnapshot channel) {
        List<String> notes = new ArrayList<>();
        for (ForeignSource source : channel.foreign().sources()) {
            notes.add(Texts.get("multicast.foreign.note", channel.channel(), count(source.packets(), "packet"),
                    count(source.bytes(), "byte"), hostPort(source.address(), source.port()), source.lastReason()));
        }
        if (channel.foreign().unlistedPackets() > 0) {
            notes.add(Texts.get("multicast.foreign.further", channel.channel(),
                    count(channel.foreign().unlistedPackets(), "packet")));
        }
        return notes;
    }

    private static String latency(SenderSnapshot s) {
        return s.latency()
                .map(l -> decimal(3, l.medianNanos() / 1e6) + "/" + decimal(3, l.maxNanos() / 1e6))
                .orElse(NONE);
    }

    private static String lastSeen(SenderSnapshot s, long now) {
        return decimal(1, (now - s.lastSeenNanos()) / 1e9) + "s ago" + (s.ended() ? ", ended" : "");
    }

    private static String socketText(InetSocketAddress address) {
        return hostPort(Addresses.toText(address.getAddress()), address.getPort());
    }

    private static String hostPort(String address, int port) {
        if (address.isEmpty()) {
            return Texts.get("multicast.foreign.unknownSource"); // chrome.socket names no source for a zero-length datagram
        }
        boolean ipv6 = address.contains(":");
        return (ipv6 ? "[" + address + "]" : address) + ":" + port;
    }

    private static String decimal(int places, double value) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    /** "3 packets", "1 byte" in the current language (multicast.count.*). */
    private static String count(long count, String noun) {
        return Texts.get("multicast.count." + noun + (count == 1 ? ".one" : ""), count);
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
