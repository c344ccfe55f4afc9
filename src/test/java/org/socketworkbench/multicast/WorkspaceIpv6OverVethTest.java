package org.socketworkbench.multicast;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.testing.NetworkNamespaces;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IPv6 through the Multicast view's workspace: a site-local ff15:: group joined on a veth pair
 * in a namespace (the machine's lo carries no IPv6 multicast), its own sender started as from
 * the sender row; the roster lists the probes from the link-local address without loss and the
 * whole-group matrix has the (host, host) cell. The view model needs this JVM's FX thread and
 * sockets, which stay in the host's namespace, so the workspace (the model under
 * MulticastViewModel) runs headless in a child JVM inside the namespace. Skipped without root.
 */
class WorkspaceIpv6OverVethTest {

    @TempDir
    Path dir;

    @Test
    void anFf15GroupOnAVethPairFillsTheRosterAndTheMatrix() throws Exception {
        Optional<String> unavailable = NetworkNamespaces.whyUnavailable();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "IPv6 workspace test skipped: " + unavailable.orElse(""));
        try (NetworkNamespaces lab = NetworkNamespaces.vethPair()) {
            NetworkNamespaces.Host host = lab.hosts().getFirst();
            Path output = dir.resolve("v6.out");
            Process run = WorkspaceInNamespaces.start(lab, host, output, "[ff15::5b1]:47091", "va", "v6gui", "-", "-",
                    "true", "3");
            String printed;
            try {
                printed = WorkspaceInNamespaces.finished(run, output);
            } finally {
                run.destroyForcibly();
            }
            List<List<String>> rows = WorkspaceInNamespaces.lines(printed, "ROW");
            assertEquals(1, rows.size(), printed);
            List<String> row = rows.getFirst();
            assertEquals("v6gui", row.get(0), printed);
            assertTrue(row.get(1).startsWith("fe80::"), "from the link-local address:\n" + printed);
            assertTrue(Long.parseLong(row.get(2)) >= 200, "probes arrived:\n" + printed);
            assertEquals("0", row.get(3), "lost:\n" + printed);
            assertEquals(List.of(List.of("v6gui", "v6gui", "0")), WorkspaceInNamespaces.lines(printed, "MATRIX"), printed);
        }
    }
}
