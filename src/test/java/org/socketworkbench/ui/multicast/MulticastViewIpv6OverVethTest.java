package org.socketworkbench.ui.multicast;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.NetworkNamespaces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IPv6 through the Multicast tab: the view (pane and model, headless Monocle) joins an ff15::
 * group on a veth pair inside a namespace and sends to it from its sender row; the roster table
 * shows the probes from the link-local address without loss and the heat map the (host, host)
 * cell. This JVM's sockets stay in the host's namespace (lo carries no IPv6 multicast), so the
 * view runs in a child JVM started with {@code ip netns exec}. Skipped without root.
 */
class MulticastViewIpv6OverVethTest {

    private static final List<String> FX_PROPERTIES = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dheadless.geometry=1600x1200-32");

    @TempDir
    Path dir;

    @Test
    void anFf15GroupJoinedInTheViewShowsItsProbesInTheRosterAndTheHeatMap() throws Exception {
        Optional<String> unavailable = NetworkNamespaces.whyUnavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "IPv6 view test skipped: " + unavailable.orElse(""));
        try (NetworkNamespaces lab = NetworkNamespaces.vethPair()) {
            NetworkNamespaces.Host host = lab.hosts().getFirst();
            Path output = dir.resolve("view.out");
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "-Xmx192m", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"));
            command.addAll(FX_PROPERTIES);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), MulticastViewInNamespace.class.getName(),
                    "[ff15::5c1]:47092", "va", "v6view", "3"));
            Process run = lab.start(host, command, output);
            String printed;
            try {
                assertTrue(Commands.waitFor(run, Duration.ofSeconds(90)), "the view run did not end");
                printed = Files.readString(output);
                assertEquals(0, run.exitValue(), printed);
            } finally {
                run.destroyForcibly();
            }
            System.out.println(printed);
            List<String[]> rows = printed.lines().filter(l -> l.startsWith("ROW ")).map(l -> l.split(" ")).toList();
            assertEquals(1, rows.size(), printed);
            assertEquals("v6view", rows.getFirst()[1], printed);
            assertTrue(rows.getFirst()[2].startsWith("fe80::"), "from the link-local address:\n" + printed);
            assertTrue(Long.parseLong(rows.getFirst()[3]) >= 200, "probes in the roster:\n" + printed);
            assertEquals("0", rows.getFirst()[4], "lost:\n" + printed);
            assertTrue(printed.lines().anyMatch(l -> l.startsWith("HEAT heat-v6view-v6view 0.00%")),
                    "the heat map's cell:\n" + printed);
        }
    }
}
