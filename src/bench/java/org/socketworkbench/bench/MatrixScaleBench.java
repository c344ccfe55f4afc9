package org.socketworkbench.bench;

import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.NetworkNamespaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole-group matrix at scale: {@value #HOSTS} hosts in network namespaces on one bridge,
 * each running {@code probe --matrix} at {@value #RATE} probes/s for {@value #SECONDS} s. Per host:
 * the receiver-report bytes it sent per second, its CPU use between {@value #SAMPLE_FROM} s and
 * {@value #SAMPLE_TO} s into the run (from /proc/PID/stat), its heap in use at
 * {@value #SAMPLE_TO} s (jcmd GC.heap_info), and whether its final matrix is complete and
 * loss-free. Needs root; skipped with the reason otherwise.
 */
final class MatrixScaleBench {

    private static final int HOSTS = 8;
    private static final int RATE = 100;
    private static final int SECONDS = 14;
    private static final int SAMPLE_FROM = 4;
    private static final int SAMPLE_TO = 11;
    private static final double TICKS_PER_SECOND = 100;
    private static final Pattern REPORTS = Pattern.compile("receiver reports: (\\d+) bytes sent, (\\d+) bytes/s");
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private MatrixScaleBench() {
    }

    static void run() throws Exception {
        Optional<String> unavailable = NetworkNamespaces.whyUnavailable();
        if (unavailable.isPresent()) {
            System.out.println("8-host matrix skipped: " + unavailable.get());
            return;
        }
        System.out.printf("%n%d hosts in namespaces on one bridge, probe --matrix at %d/s each for %d s:%n", HOSTS, RATE,
                SECONDS);
        Path dir = Files.createTempDirectory("swb-matrix-bench");
        try (NetworkNamespaces lab = NetworkNamespaces.bridged(HOSTS)) {
            List<NetworkNamespaces.Host> hosts = lab.hosts();
            List<Process> runs = new ArrayList<>();
            for (NetworkNamespaces.Host host : hosts) {
                runs.add(lab.start(host, command(host), dir.resolve(host.name() + ".out")));
            }
            long[] cpuFrom = new long[HOSTS];
            long[] cpuTo = new long[HOSTS];
            long[] heap = new long[HOSTS];
            Thread.sleep(SAMPLE_FROM * 1000L);
            long[] pids = new long[HOSTS];
            for (int i = 0; i < HOSTS; i++) {
                pids[i] = javaPid(runs.get(i));
                cpuFrom[i] = cpuTicks(pids[i]);
            }
            Thread.sleep((SAMPLE_TO - SAMPLE_FROM) * 1000L);
            for (int i = 0; i < HOSTS; i++) {
                cpuTo[i] = cpuTicks(pids[i]);
                heap[i] = heapKib(pids[i]);
            }
            for (Process run : runs) {
                Commands.waitFor(run, Duration.ofSeconds(120));
            }
            System.out.println("host    exit  report bytes/s  CPU %  heap used MiB  matrix");
            for (int i = 0; i < HOSTS; i++) {
                String output = Files.readString(dir.resolve(hosts.get(i).name() + ".out"));
                Matcher reports = REPORTS.matcher(output);
                String perSecond = reports.find() ? reports.group(2) : "?";
                double cpu = 100.0 * (cpuTo[i] - cpuFrom[i]) / TICKS_PER_SECOND / (SAMPLE_TO - SAMPLE_FROM);
                System.out.printf("%-6s  %4d  %14s  %5.1f  %13.1f  %s%n", hosts.get(i).name(), runs.get(i).exitValue(),
                        perSecond, cpu, heap[i] / 1024.0, matrixShape(output));
            }
        }
    }

    private static List<String> command(NetworkNamespaces.Host host) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.socketworkbench.app.Main", "probe", "--group", "239.255.78.1:47180", "--iface", host.iface(),
                "--ttl", "1", "--rate", Integer.toString(RATE), "--duration", Integer.toString(SECONDS), "--matrix",
                "--id", host.name());
    }

    /** The probe's JVM: {@code ip netns exec} may run it as its child rather than exec it. */
    private static long javaPid(Process run) {
        return run.toHandle().descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(run.pid());
    }

    /** utime + stime of a process, in clock ticks; 0 when it is gone. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The heap in use (every generation), from jcmd, in KiB; 0 when it cannot be read. */
    private static long heapKib(long pid) {
        try {
            String jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd").toString();
            Commands.Result result = Commands.run(List.of(jcmd, Long.toString(pid), "GC.heap_info"), Duration.ofSeconds(20));
            long total = 0;
            // One "total ..., used ..." line per generation (Serial: DefNew, Tenured); Metaspace and class space are not heap.
            for (String line : result.output().lines().toList()) {
                if (line.contains(" total ") && !line.contains("Metaspace") && !line.contains("class space")) {
                    Matcher m = USED.matcher(line);
                    if (m.find()) {
                        total += Long.parseLong(m.group(1));
                    }
                }
            }
            return total;
        } catch (IOException e) {
            return 0;
        }
    }

    /** "8x8, no loss" or what is missing. */
    private static String matrixShape(String output) {
        List<String> lines = output.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("matrix of ")) {
                start = i;
            }
        }
        if (start < 0) {
            return "no matrix";
        }
        int columns = lines.get(start + 1).strip().split("\\s+").length - 3;
        int rows = 0;
        int cells = 0;
        int lossy = 0;
        for (String line : lines.subList(start + 2, lines.size())) {
            String[] words = line.strip().split("\\s+");
            if (words.length < 3 || !words[0].startsWith("host")) {
                break;
            }
            rows++;
            for (int c = 1; c <= columns && c < words.length; c++) {
                if (words[c].contains("%/")) {
                    cells++;
                    if (!words[c].startsWith("0.00%")) {
                        lossy++;
                    }
                }
            }
        }
        return rows + "x" + columns + ", " + cells + " cells reported, " + lossy + " with loss";
    }
}
