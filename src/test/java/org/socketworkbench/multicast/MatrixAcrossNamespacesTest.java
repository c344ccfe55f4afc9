package org.socketworkbench.multicast;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.NetworkNamespaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Four hosts in four network namespaces on one bridge, each running {@code probe --matrix} at
 * 500 probes/s: every host's matrix, built from everyone's receiver reports, shows all 4 × 4
 * pairs with zero loss. Then host1 drops every tenth packet from host2
 * ({@code iptables -m statistic --mode nth}): every host's matrix shows 10% ± 1% loss on exactly
 * (host1, host2) and none elsewhere, and every run exits 1. Skipped without root or iptables.
 */
class MatrixAcrossNamespacesTest {

    private static final int HOSTS = 4;
    private static final Duration RUN_LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void everyHostSeesTheWholeGroupAndExactlyThePairThatLoses() throws Exception {
        Optional<String> unavailable = NetworkNamespaces.whyUnavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "four-namespace matrix test skipped: " + unavailable.orElse(""));
        Assumptions.assumeTrue(Commands.installed("iptables"), "iptables is not installed (Debian package iptables)");
        try (NetworkNamespaces lab = NetworkNamespaces.bridged(HOSTS)) {
            List<NetworkNamespaces.Host> hosts = lab.hosts();
            List<String> names = hosts.stream().map(NetworkNamespaces.Host::name).toList();

            List<Run> clean = runAll(lab, "239.255.77.2:47078", "clean");
            for (Run run : clean) {
                assertEquals(0, run.exit, run.where());
                PrintedMatrix matrix = PrintedMatrix.lastIn(run.output);
                assertEquals(names, matrix.senders(), run.where());
                assertEquals(names, List.copyOf(matrix.cells().keySet()), run.where());
                for (String receiver : names) {
                    for (String sender : names) {
                        assertEquals(0.0, matrix.loss(receiver, sender), "(" + receiver + ", " + sender + "); " + run.where());
                    }
                }
            }

            NetworkNamespaces.Host receiver = hosts.get(0);
            NetworkNamespaces.Host dropped = hosts.get(1);
            Commands.check(List.of("ip", "netns", "exec", receiver.namespace(), "iptables", "-A", "INPUT", "-s",
                    dropped.address(), "-m", "statistic", "--mode", "nth", "--every", "10", "--packet", "0", "-j", "DROP"),
                    Duration.ofSeconds(20));
            List<Run> lossy = runAll(lab, "239.255.77.3:47079", "lossy");
            System.out.println(lossy.getLast().where());
            for (Run run : lossy) {
                assertEquals(1, run.exit, "the matrix shows loss, so every host fails the run; " + run.where());
                PrintedMatrix matrix = PrintedMatrix.lastIn(run.output);
                for (String r : names) {
                    for (String s : names) {
                        double loss = matrix.loss(r, s);
                        String pair = "(" + r + ", " + s + "); " + run.where();
                        if (r.equals(receiver.name()) && s.equals(dropped.name())) {
                            assertTrue(Math.abs(loss - 10) <= 1, "10% +- 1% on " + pair);
                        } else {
                            assertEquals(0.0, loss, pair);
                        }
                    }
                }
            }
        }
    }

    private record Run(String host, int exit, String output) {
        String where() {
            return host + " printed:\n" + output;
        }
    }

    private List<Run> runAll(NetworkNamespaces lab, String group, String phase) throws IOException {
        List<NetworkNamespaces.Host> hosts = lab.hosts();
        List<Process> processes = new ArrayList<>();
        try {
            for (NetworkNamespaces.Host host : hosts) {
                processes.add(lab.start(host, command(host, group), output(host, phase)));
            }
            for (Process process : processes) {
                assertTrue(Commands.waitFor(process, RUN_LIMIT), "a probe run did not end within " + RUN_LIMIT.toSeconds() + " s");
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            runs.add(new Run(hosts.get(i).name(), processes.get(i).exitValue(),
                    Files.readString(output(hosts.get(i), phase))));
        }
        return runs;
    }

    private static List<String> command(NetworkNamespaces.Host host, String group) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "org.socketworkbench.app.Main", "probe", "--group", group,
                "--iface", host.iface(), "--ttl", "1", "--rate", "500", "--duration", "5", "--matrix",
                "--id", host.name());
    }

    private Path output(NetworkNamespaces.Host host, String phase) {
        return dir.resolve(host.name() + "-" + phase + ".out");
    }
}
