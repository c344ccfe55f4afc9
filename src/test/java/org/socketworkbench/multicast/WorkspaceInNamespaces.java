package org.socketworkbench.multicast;

import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.NetworkNamespaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts {@link WorkspaceInNamespace} in a child JVM inside a host's namespace and reads what it printed. */
final class WorkspaceInNamespaces {

    private WorkspaceInNamespaces() {
    }

    static Process start(NetworkNamespaces lab, NetworkNamespaces.Host host, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                WorkspaceInNamespace.class.getName()));
        command.addAll(List.of(args));
        return lab.start(host, command, output);
    }

    /** Waits for the run to end with exit code 0 and returns its output. */
    static String finished(Process run, Path output) throws IOException, InterruptedException {
        assertTrue(Commands.waitFor(run, Duration.ofSeconds(90)), "the workspace run did not end");
        String printed = Files.readString(output);
        assertEquals(0, run.exitValue(), printed);
        return printed;
    }

    /** The printed lines starting with {@code tag}, split at spaces, the tag left out. */
    static List<List<String>> lines(String printed, String tag) {
        return printed.lines().filter(l -> l.startsWith(tag + " "))
                .map(l -> List.of(l.substring(tag.length() + 1).split(" "))).toList();
    }
}
