package org.socketworkbench.multicast;

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
 * IPv6 multicast end to end: the headless probe in a namespace with a veth pair (the machine's
 * lo carries no IPv6 multicast) on a site-local (ff15::), a link-local (ff02::) and an SSM-range
 * (ff35::, joined any-source) group at once. Each group's roster lists the probe's own sender
 * from its link-local address without loss, and each group's matrix is the 1 × 1 of its own
 * report. Skipped without root.
 */
class Ipv6ProbeOverVethTest {

    private static final List<String> GROUPS = List.of("[ff15::5a1%va]:47081", "[ff02::5a2%va]:47082",
            "[ff35::5a3%va]:47083");

    @TempDir
    Path dir;

    @Test
    void siteLocalLinkLocalAndSsmRangeGroupsGoThroughRosterAndMatrix() throws Exception {
        Optional<String> unavailable = NetworkNamespaces.whyUnavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "IPv6 veth test skipped: " + unavailable.orElse(""));
        try (NetworkNamespaces lab = NetworkNamespaces.vethPair()) {
            NetworkNamespaces.Host host = lab.hosts().getFirst();
            Path output = dir.resolve("v6.out");
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "-Xmx128m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    "org.socketworkbench.app.Main", "probe"));
            GROUPS.forEach(g -> command.addAll(List.of("--group", g)));
            command.addAll(List.of("--iface", "va", "--ttl", "1", "--rate", "200", "--duration", "3", "--matrix",
                    "--id", host.name()));
            Process run = lab.start(host, command, output);
            assertTrue(Commands.waitFor(run, Duration.ofSeconds(60)), "the probe run did not end");
            String printed = Files.readString(output);
            assertEquals(0, run.exitValue(), printed);
            for (String group : GROUPS) {
                List<String> row = printed.lines().map(String::strip).filter(l -> l.startsWith(group + " "))
                        .map(l -> List.of(l.split("\\s+"))).findFirst()
                        .orElseThrow(() -> new AssertionError("no roster row for " + group + " in\n" + printed));
                assertEquals(host.name(), row.get(1), printed);
                assertTrue(row.get(2).startsWith("[fe80::"), "from the link-local address: " + row.get(2));
                assertTrue(Long.parseLong(row.get(4)) >= 500, "packets on " + group + "\n" + printed);
                assertEquals("0", row.get(7), "lost on " + group + "\n" + printed);
                assertEquals("0", row.get(9), "duplicates on " + group + "\n" + printed);
                PrintedMatrix matrix = PrintedMatrix.lastIn(printed, group + " on va");
                assertEquals(List.of(host.name()), matrix.senders(), printed);
                assertEquals(0.0, matrix.loss(host.name(), host.name()), printed);
            }
        }
    }
}
