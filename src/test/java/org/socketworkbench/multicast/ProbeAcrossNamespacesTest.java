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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three hosts in three network namespaces on one bridge (see {@link NetworkNamespaces}), each
 * running the headless {@code probe} command at 1,000 packets/s for 5 s with TTL 1 and loopback
 * on: each must list all three senders (the other two and itself) with zero loss and exit 0.
 * Every packet stays inside the namespaces. Runs when the test may create namespaces (root with
 * iproute2, as in CI); otherwise it is skipped with the reason.
 */
class ProbeAcrossNamespacesTest {

    private static final int HOSTS = 3;
    private static final String GROUP = "239.255.77.1:47077";
    private static final Duration RUN_LIMIT = Duration.ofSeconds(90);
    /** At 1,000/s for 5 s a host sends 5,000 probes; the runs overlap by less when the JVMs start at different times. */
    private static final long MIN_PACKETS = 1_000;

    @TempDir
    Path dir;

    @Test
    void threeHostsOnOneBridgeSeeEachOtherWithoutLoss() throws Exception {
        Optional<String> unavailable = NetworkNamespaces.whyUnavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(),
                () -> "three-namespace multicast test skipped: " + unavailable.orElse(""));
        try (NetworkNamespaces lab = NetworkNamespaces.bridged(HOSTS)) {
            List<NetworkNamespaces.Host> hosts = lab.hosts();
            List<Process> runs = new ArrayList<>();
            try {
                for (NetworkNamespaces.Host host : hosts) {
                    runs.add(lab.start(host, probeCommand(host), output(host)));
                }
                for (Process run : runs) {
                    assertTrue(Commands.waitFor(run, RUN_LIMIT), "a probe run did not end within " + RUN_LIMIT.toSeconds() + " s");
                }
            } finally {
                runs.forEach(Process::destroyForcibly);
            }
            for (int i = 0; i < hosts.size(); i++) {
                String output = Files.readString(output(hosts.get(i)));
                String where = hosts.get(i).name() + " printed:\n" + output;
                assertEquals(0, runs.get(i).exitValue(), "exit code; " + where);
                for (NetworkNamespaces.Host sender : hosts) {
                    List<String> row = rowOf(output, sender.name()).orElseThrow(() ->
                            new AssertionError("no row for " + sender.name() + "; " + where));
                    assertEquals(sender.address(), row.get(2).substring(0, row.get(2).lastIndexOf(':')), "source; " + where);
                    assertEquals(sender.iface(), row.get(3), "adapter; " + where);
                    assertTrue(Long.parseLong(row.get(4)) >= MIN_PACKETS, "packets from " + sender.name() + "; " + where);
                    assertEquals("0", row.get(7), "lost from " + sender.name() + "; " + where);
                    assertEquals("0", row.get(9), "duplicates from " + sender.name() + "; " + where);
                }
            }
        }
    }

    private List<String> probeCommand(NetworkNamespaces.Host host) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.socketworkbench.app.Main", "probe", "--group", GROUP, "--iface", host.iface(), "--ttl", "1",
                "--rate", "1000", "--duration", "5", "--id", host.name());
    }

    private Path output(NetworkNamespaces.Host host) {
        return dir.resolve(host.name() + ".out");
    }

    /** The cells of the roster row of a sender (columns as in {@link RosterTable}: group, host, source, iface, pkts, ...). */
    private static Optional<List<String>> rowOf(String output, String hostName) {
        return output.lines().map(line -> Arrays.asList(line.strip().split("\\s+")))
                .filter(cells -> cells.size() > 9 && cells.get(0).equals(GROUP) && cells.get(1).equals(hostName))
                .findFirst();
    }
}
