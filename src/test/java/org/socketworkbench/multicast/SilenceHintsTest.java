package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.testing.Eventually;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SilenceHintsTest {

    private static final Channel ON_DEFAULT = new Channel(GroupAddress.parse("239.1.2.3:5000"), "");
    private static final Channel ON_LO = new Channel(GroupAddress.parse("239.1.2.3:5000"), "lo");

    @TempDir
    Path proc;

    private void write(String file, String text) throws IOException {
        Path path = proc.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private List<String> hints(Channel channel, boolean weSend, int ttl, boolean loopback) {
        return new SilenceHints(proc).hints(new SilenceHints.Context(channel, weSend, ttl, loopback, false));
    }

    @Test
    void aHealthyHostGivesOnlyTheTtlHint() throws IOException {
        write("sys/net/ipv4/conf/all/rp_filter", "0\n");
        write("net/route", "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n"
                + "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\n");
        assertEquals(List.of(), hints(ON_DEFAULT, true, 5, true));
        assertTrue(hints(ON_DEFAULT, false, 1, true).getFirst().startsWith("This host only listens"));
        assertTrue(hints(ON_DEFAULT, true, 1, true).getFirst().startsWith("Our probes leave with TTL 1"));
        assertTrue(hints(ON_DEFAULT, true, 0, true).getFirst().startsWith("Our probes leave with TTL 0"));
    }

    @Test
    void strictReversePathFilteringNoRouteAndLoopbackOffAreNamed() throws IOException {
        write("sys/net/ipv4/conf/all/rp_filter", "0\n");
        write("sys/net/ipv4/conf/lo/rp_filter", "1\n");
        write("net/route", "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n"
                + "eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\n");
        List<String> onLo = hints(ON_LO, true, 5, false);
        assertTrue(onLo.stream().anyMatch(h -> h.startsWith("Loopback is off")), onLo.toString());
        assertTrue(onLo.stream().anyMatch(h -> h.startsWith("Reverse-path filtering is strict (rp_filter 1) on lo")),
                onLo.toString());
        List<String> onDefault = hints(ON_DEFAULT, true, 5, true);
        assertEquals(List.of("No route for 224.0.0.0/4 and no default route: with the OS default adapter the group has "
                + "nowhere to go. Choose an adapter, or add a route (ip route add 224.0.0.0/4 dev ADAPTER)."), onDefault);
        write("net/route", "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n"
                + "eth0\t000000E0\t00000000\t0001\t0\t0\t0\t000000F0\n");
        assertEquals(List.of(), hints(ON_DEFAULT, true, 5, true), "a route for 224.0.0.0/4");
    }

    @Test
    void theHintsReadInChineseWhenTheWindowDoes() throws IOException {
        write("sys/net/ipv4/conf/all/rp_filter", "0\n");
        write("net/route", "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n"
                + "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\n");
        Texts.use(Language.SIMPLIFIED_CHINESE);
        try {
            List<String> hints = new java.util.ArrayList<>(hints(ON_DEFAULT, true, 0, false));
            hints.addAll(hints(ON_DEFAULT, false, 1, true));
            hints.addAll(hints(new Channel(GroupAddress.parse("239.1.2.3:5000"), "nosuch0"), true, 5, true));
            assertEquals(4, hints.size(), hints.toString());
            for (String hint : hints) {
                // the group, the adapter's name and TTL stay as they are; the words around them do not
                String rest = hint.replaceAll("TTL|nosuch0|239\\.1\\.2\\.3:5000", " ");
                assertTrue(!rest.matches("(?s).*[A-Za-z]{3,}.*"), hint);
            }
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void aMissingAdapterIsNamed() {
        Channel gone = new Channel(GroupAddress.parse("239.1.2.3:5000"), "nosuch0");
        assertEquals(List.of("There is no adapter named nosuch0 (any more)."), hints(gone, true, 5, true));
    }

    @Test
    void theWorkspaceListsASilentJoinedGroupWithItsHints() {
        try (SocketEngine engine = SocketEngine.builder().build();
             MulticastWorkspace workspace = new MulticastWorkspace(engine, "hint-test")) {
            GroupAddress group = GroupAddress.parse("239.255.42.13:45133");
            workspace.addGroup(new GroupSettings(group, 0, true));
            Channel channel = new Channel(group, "lo");
            workspace.join(channel);
            Eventually.await(Duration.ofSeconds(15), () -> {
                workspace.tick();
                return workspace.snapshot().hints().containsKey(channel);
            }, () -> "no hints for the silent group: " + workspace.snapshot().hints());
            assertEquals("Nothing received for 3 s or more.", workspace.snapshot().hints().get(channel).getFirst());
        }
    }
}
