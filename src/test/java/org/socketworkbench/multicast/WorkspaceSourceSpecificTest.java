package org.socketworkbench.multicast;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.NetworkNamespaces;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Multicast view's workspace joins source-specifically and blocks sources for real: host1
 * and host2 send probes to one 232.x group; on host3 a workspace group naming host1 as its
 * source hears host1 only, and on host4 an any-source join that blocked host2 hears host1 only
 * too. The workspaces run headless in child JVMs inside the namespaces (this JVM's sockets stay
 * in the host's namespace). Skipped without root.
 */
class WorkspaceSourceSpecificTest {

    private static final String GROUP = "232.1.77.9:47089";

    @TempDir
    Path dir;

    @Test
    void aGroupWithSourceS1HearsOnlyS1AndABlockedSourceIsNotHeard() throws Exception {
        Optional<String> unavailable = NetworkNamespaces.whyUnavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "SSM workspace test skipped: " + unavailable.orElse(""));
        try (NetworkNamespaces lab = NetworkNamespaces.bridged(4)) {
            List<NetworkNamespaces.Host> hosts = lab.hosts();
            NetworkNamespaces.Host s1 = hosts.get(0);
            NetworkNamespaces.Host s2 = hosts.get(1);
            List<Process> runs = new ArrayList<>();
            runs.add(lab.start(s1, sender(s1), dir.resolve("s1.out")));
            runs.add(lab.start(s2, sender(s2), dir.resolve("s2.out")));
            Path ssmOut = dir.resolve("ssm.out");
            Path blockOut = dir.resolve("block.out");
            Process ssm = WorkspaceInNamespaces.start(lab, hosts.get(2), ssmOut, GROUP, hosts.get(2).iface(), "host3",
                    s1.address(), "-", "false", "4");
            Process blocking = WorkspaceInNamespaces.start(lab, hosts.get(3), blockOut, GROUP, hosts.get(3).iface(),
                    "host4", "-", s2.address(), "false", "4");
            runs.add(ssm);
            runs.add(blocking);
            try {
                String heard = WorkspaceInNamespaces.finished(ssm, ssmOut);
                assertEquals(List.of(List.of("joined", "(socket", socketOf(heard) + ")", "from", s1.address())),
                        WorkspaceInNamespaces.lines(heard, "CELL"), "the cell shows the source:\n" + heard);
                assertEquals(List.of(s1.address()), sources(heard), "only S1 is heard:\n" + heard);
                assertTrue(packets(heard) >= 100, "S1's probes arrived:\n" + heard);

                String unblocked = WorkspaceInNamespaces.finished(blocking, blockOut);
                assertTrue(unblocked.contains("blocking " + s2.address()), "the cell shows the blocked source:\n" + unblocked);
                assertEquals(List.of(s1.address()), sources(unblocked), "the blocked source is not heard:\n" + unblocked);
                for (Process run : runs) {
                    assertTrue(Commands.waitFor(run, Duration.ofSeconds(60)), "a run did not end");
                }
            } finally {
                runs.forEach(Process::destroyForcibly);
            }
        }
    }

    private static String socketOf(String printed) {
        return WorkspaceInNamespaces.lines(printed, "CELL").getFirst().get(2).replace(")", "");
    }

    private static List<String> sources(String printed) {
        return WorkspaceInNamespaces.lines(printed, "ROW").stream().map(row -> row.get(1)).distinct().sorted().toList();
    }

    private static long packets(String printed) {
        return WorkspaceInNamespaces.lines(printed, "ROW").stream().mapToLong(row -> Long.parseLong(row.get(2))).sum();
    }

    private static List<String> sender(NetworkNamespaces.Host host) {
        return List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx96m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.socketworkbench.app.Main",
                "probe", "--group", GROUP, "--iface", host.iface(), "--ttl", "1", "--rate", "100", "--id", host.name(),
                "--send-only", "--duration", "7");
    }
}
