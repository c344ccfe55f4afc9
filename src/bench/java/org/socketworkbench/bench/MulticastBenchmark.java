package org.socketworkbench.bench;

import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.ProbeSize;
import org.socketworkbench.testing.Commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The multicast benchmark of issue 5: the highest probe rate our receiver sustains with zero
 * loss on {@code lo} (TTL 0), next to iperf2's multicast mode measured the same way in the same
 * run, as a ratio, the two searches taking turns trial by trial (so both meet the same load on a
 * shared machine). Both use 100-byte datagrams and a 4 MiB receive buffer; each rate runs
 * {@value #TRIAL_SECONDS} s. The packets every non-loopback adapter sent during the run are
 * counted before and after, to show that nothing went out. Our receiver sends its receiver
 * reports throughout, as it always does. Then the 8-host matrix ({@link MatrixScaleBench}). Run with
 * {@code mvn -Pbench verify -Dbench=multicast}.
 */
public final class MulticastBenchmark {

    private static final String GROUP = "239.255.91.7";
    private static final int OUR_PORT = 47191;
    private static final int IPERF_PORT = 47192;
    private static final int SIZE = ProbeSize.DEFAULT;
    private static final int TRIAL_SECONDS = 4;
    private static final long START_RATE = 1_000;
    /** The probe's own ceiling (ProbeRate); a search that passes it says so, its figure then a floor. */
    private static final long MAX_RATE = 1_000_000;

    private MulticastBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Multicast benchmark: %d cores, %s, java %s; %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), Runtime.version(), IperfMulticastTrial.version());
        System.out.printf("%d-byte datagrams to %s on lo, TTL 0, %d s per rate; doubling from %,d pkt/s, then bisecting;"
                + " probe and iperf trials take turns%n", SIZE, GROUP, TRIAL_SECONDS, START_RATE);
        if (!Commands.installed("iperf")) {
            System.err.println("iperf (version 2, Debian package 'iperf') is not installed");
            System.exit(2);
        }
        long egressBefore = egressPackets();
        ProbeMulticastTrial ours = new ProbeMulticastTrial(GroupAddress.parse(GROUP + ":" + OUR_PORT), SIZE,
                TRIAL_SECONDS * 1000L);
        IperfMulticastTrial iperf = new IperfMulticastTrial(GROUP, IPERF_PORT, SIZE, TRIAL_SECONDS);
        long[] rates = ZeroLossSearch.interleaved("probe", ours::run, "iperf", iperf::run, START_RATE, MAX_RATE,
                System.out);
        long ourRate = rates[0];
        long iperfRate = rates[1];
        long egress = egressPackets() - egressBefore;

        System.out.println();
        System.out.println(BenchResult.header("probe", "iperf2"));
        System.out.println(new BenchResult("highest zero-loss multicast rate on lo", "pkt/s", ourRate, iperfRate, true, 0)
                .format());
        System.out.printf("Packets sent by non-loopback adapters during the run: %,d (other programs on this machine "
                + "count too; the trials sent millions on lo)%n", egress);
        MatrixScaleBench.run();
    }

    /** tx_packets summed over every adapter but lo, from /sys/class/net. */
    private static long egressPackets() throws IOException {
        Path net = Path.of("/sys/class/net");
        if (!Files.isDirectory(net)) {
            return 0;
        }
        try (Stream<Path> adapters = Files.list(net)) {
            long total = 0;
            for (Path adapter : adapters.filter(a -> !a.getFileName().toString().equals("lo")).toList()) {
                Path counter = adapter.resolve("statistics/tx_packets");
                if (Files.isReadable(counter)) {
                    total += Long.parseLong(Files.readString(counter).strip());
                }
            }
            return total;
        }
    }
}
