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
 * Source-specific multicast (IGMPv3) between namespaces: host1 and host2 both send to one
 * 232.x group; host3 joins (host1, G) with {@code probe --source} and must list host1 only,
 * while host4, joined any-source, lists both. Skipped without root.
 */
class SourceSpecificJoinTest {

    private static final String GROUP = "232.1.77.4:47084";

    @TempDir
    Path dir;

    @Test
    void aReceiverJoinedToOneSourceHearsOnlyThatSource() throws Exception {
        Optional<String> unavailable = NetworkNamespaces.whyUnavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "SSM namespace test skipped: " + unavailable.orElse(""));
        try (NetworkNamespaces lab = NetworkNamespaces.bridged(4)) {
            List<NetworkNamespaces.Host> hosts = lab.hosts();
            NetworkNamespaces.Host s1 = hosts.get(0);
            NetworkNamespaces.Host s2 = hosts.get(1);
            List<Process> runs = new ArrayList<>();
            runs.add(lab.start(s1, probe(s1, "--send-only", "--duration", "6"), dir.resolve("s1.out")));
            runs.add(lab.start(s2, probe(s2, "--send-only", "--duration", "6"), dir.resolve("s2.out")));
            runs.add(lab.start(hosts.get(2), probe(hosts.get(2), "--receive-only", "--duration", "4", "--source",
                    s1.address()), dir.resolve("ssm.out")));
            runs.add(lab.start(hosts.get(3), probe(hosts.get(3), "--receive-only", "--duration", "4"),
                    dir.resolve("asm.out")));
            try {
                for (Process run : runs) {
                    assertTrue(Commands.waitFor(run, Duration.ofSeconds(90)), "a probe run did not end");
                }
            } finally {
                runs.forEach(Process::destroyForcibly);
            }
            String ssm = Files.readString(dir.resolve("ssm.out"));
            String asm = Files.readString(dir.resolve("asm.out"));
            assertEquals(0, runs.get(2).exitValue(), ssm);
            assertTrue(hasRow(ssm, s1.name()), "the chosen source is heard:\n" + ssm);
            assertTrue(!hasRow(ssm, s2.name()), "the other source is not:\n" + ssm);
            assertTrue(hasRow(asm, s1.name()) && hasRow(asm, s2.name()), "an any-source join hears both:\n" + asm);
        }
    }

    private static boolean hasRow(String output, String host) {
        return output.lines().map(String::strip).anyMatch(l -> l.startsWith(GROUP + " ") && l.split("\\s+")[1].equals(host));
    }

    private static List<String> probe(NetworkNamespaces.Host host, String... extra) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.socketworkbench.app.Main", "probe", "--group", GROUP, "--iface", host.iface(), "--ttl", "1",
                "--rate", "100", "--id", host.name()));
        command.addAll(List.of(extra));
        return command;
    }
}
