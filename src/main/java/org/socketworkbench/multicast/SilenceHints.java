package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a joined group may receive nothing, read from this host, in plain words: the TTL our
 * probes leave with, loopback off, the adapter down or without MULTICAST, reverse-path filtering
 * ({@code /proc/sys/net/ipv4/conf/*}{@code /rp_filter}), no route for 224.0.0.0/4
 * ({@code /proc/net/route}), and another group's probes mixing in (Linux's IP_MULTICAST_ALL).
 * Hints, not verdicts: each says what to check. Reads files and adapters, so callers run it off
 * the FX thread; it never blocks on the network. Files that are not there (not Linux) give no hint.
 */
public final class SilenceHints {

    /** What we know about our side of the channel. */
    public record Context(Channel channel, boolean weSend, int ttl, boolean loopback, boolean otherGroupsProbes) {
    }

    private static final int MULTICAST_LE = 0x0000_00E0; // 224.0.0.0 as /proc/net/route writes it (little-endian)

    private final Path proc;

    /** Reading the machine's own /proc. */
    public SilenceHints() {
        this(Path.of("/proc"));
    }

    /** Reading another /proc tree (tests). */
    public SilenceHints(Path proc) {
        this.proc = proc;
    }

    public List<String> hints(Context context) {
        Channel channel = context.channel();
        String iface = channel.iface();
        List<String> hints = new ArrayList<>();
        if (context.weSend() && context.ttl() == 0) {
            hints.add(Texts.get("multicast.hint.ttl0"));
        } else if (context.weSend() && context.ttl() == 1) {
            hints.add(Texts.get("multicast.hint.ttl1"));
        }
        if (!context.weSend()) {
            hints.add(Texts.get("multicast.hint.onlyListens", channel.group()));
        }
        if (context.weSend() && !context.loopback()) {
            hints.add(Texts.get("multicast.hint.loopbackOff"));
        }
        if (!iface.isEmpty()) {
            adapterProblem(iface).ifPresent(hints::add);
        }
        if (!channel.group().isIpv6()) {
            rpFilter(iface).ifPresent(hints::add);
            if (iface.isEmpty() && !routeFor224()) {
                hints.add(Texts.get("multicast.hint.noRoute"));
            }
        }
        if (context.otherGroupsProbes()) {
            hints.add(Texts.get("multicast.hint.otherGroups"));
        }
        return hints;
    }

    private static Optional<String> adapterProblem(String iface) {
        try {
            NetworkInterface adapter = NetworkInterface.getByName(iface);
            if (adapter == null) {
                return Optional.of(Texts.get("multicast.hint.noAdapter", iface));
            }
            if (!adapter.isUp()) {
                return Optional.of(Texts.get("multicast.hint.adapterDown", iface));
            }
            if (!adapter.isLoopback() && !adapter.supportsMulticast()) {
                return Optional.of(Texts.get("multicast.hint.noMulticastFlag", iface));
            }
            return Optional.empty();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    /** The kernel uses the larger of "all" and the adapter's value. */
    private Optional<String> rpFilter(String iface) {
        int all = readInt(proc.resolve("sys/net/ipv4/conf/all/rp_filter")).orElse(0);
        int own = iface.isEmpty() ? 0 : readInt(proc.resolve("sys/net/ipv4/conf/" + iface + "/rp_filter")).orElse(0);
        int effective = Math.max(all, own);
        if (effective != 1) {
            return Optional.empty();
        }
        String where = iface.isEmpty() ? Texts.get("multicast.hint.allAdapters") : iface;
        return Optional.of(Texts.get("multicast.hint.rpFilter", where, iface.isEmpty() ? "all" : iface));
    }

    /** Whether an up route of /proc/net/route covers 224.0.0.0 (a default route does). */
    private boolean routeFor224() {
        try {
            List<String> lines = Files.readAllLines(proc.resolve("net/route"));
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 8 || (Integer.parseInt(f[3], 16) & 1) == 0) {
                    continue;
                }
                int destination = (int) Long.parseLong(f[1], 16);
                int mask = (int) Long.parseLong(f[7], 16);
                if ((MULTICAST_LE & mask) == destination) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true; // unreadable (not Linux): no hint rather than a wrong one
        }
    }

    private static Optional<Integer> readInt(Path file) {
        try {
            return Optional.of(Integer.parseInt(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
