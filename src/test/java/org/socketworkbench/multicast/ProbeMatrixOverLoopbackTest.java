package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;
import org.socketworkbench.cli.CommandLines;
import org.socketworkbench.datafiles.DataJson;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two headless probe runs in this process ("alpha" and "beta", each with its own engine) on one
 * group on lo with TTL 0: each prints the 2 × 2 matrix from both hosts' reports, with zero loss
 * and an RTT-based latency estimate for the other host, writes it as JSON, and exits 0.
 */
class ProbeMatrixOverLoopbackTest {

    @TempDir
    Path dir;

    @Test
    void twoHostsEachPrintTheWholeMatrix() throws Exception {
        // Own threads: the common pool may have a single thread on a small machine, which would run them one after the other.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Run> alpha = CompletableFuture.supplyAsync(() -> run("alpha"), threads);
        CompletableFuture<Run> beta = CompletableFuture.supplyAsync(() -> run("beta"), threads);
        threads.shutdown();
        for (Run run : List.of(alpha.get(60, TimeUnit.SECONDS), beta.get(60, TimeUnit.SECONDS))) {
            String where = run.name + " printed:\n" + run.output;
            System.out.println(where);
            assertEquals(0, run.exit, where);
            for (String receiver : List.of("alpha", "beta")) {
                List<String> row = matrixRow(run.output, receiver);
                assertEquals(4, row.size(), "receiver, two senders, last report; " + where);
                for (String cell : row.subList(1, 3)) {
                    assertTrue(cell.startsWith("0.00%/"), cell + "; " + where);
                }
            }
            String other = run.name.equals("alpha") ? "beta" : "alpha";
            String estimated = matrixRow(run.output, run.name).get(other.equals("alpha") ? 1 : 2);
            assertTrue(estimated.matches("0\\.00%/~\\d+\\.\\d{3}±\\d+\\.\\d{3}ms"), "estimated from RTT: " + estimated);
            JsonNode json = DataJson.mapper().readTree(Files.readString(dir.resolve(run.name + ".json")));
            Set<String> pairs = new HashSet<>();
            for (JsonNode pair : json.get("matrix")) {
                pairs.add(pair.get("receiver").asString() + "<-" + pair.get("sender").asString());
                assertEquals(0, pair.get("lost").asLong(), pair.toString());
                if (!pair.get("receiver").equals(pair.get("sender"))) {
                    assertTrue(pair.get("rtt_ns").asLong() > 0, "an RTT for the pair: " + pair);
                }
            }
            assertEquals(Set.of("alpha<-alpha", "alpha<-beta", "beta<-alpha", "beta<-beta"), pairs, json.toString());
            assertEquals(2, json.get("roster").size(), json.toString());
        }
    }

    private record Run(String name, int exit, String output) {
    }

    private Run run(String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = CommandLines.execute(new ProbeCommand(name), out, out, List.of("--group", "239.255.42.9:45129",
                "--iface", "lo", "--ttl", "0", "--rate", "200", "--duration", "4", "--matrix", "--id", name,
                "--json", dir.resolve(name + ".json").toString()));
        return new Run(name, exit, bytes.toString(StandardCharsets.UTF_8));
    }

    /** The words of the matrix row of a receiver (its name, one cell per sender, "last report"). */
    static List<String> matrixRow(String output, String receiver) {
        List<String> lines = output.lines().toList();
        int start = lines.size() - 1;
        while (start >= 0 && !lines.get(start).startsWith("matrix of ")) {
            start--;
        }
        return lines.subList(start + 2, lines.size()).stream()
                .map(line -> Arrays.asList(line.strip().split("\\s+")))
                .filter(words -> words.getFirst().equals(receiver))
                .map(words -> words.size() > 2 && words.get(words.size() - 1).equals("ago")
                        ? List.copyOf(words.subList(0, words.size() - 1)) : words)
                .findFirst().orElseThrow(() -> new AssertionError("no matrix row for " + receiver + " in\n" + output));
    }
}
