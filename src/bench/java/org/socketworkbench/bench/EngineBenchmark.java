package org.socketworkbench.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine benchmark of issue 3: every figure next to raw java.nio doing the same work in the
 * same process. Run with {@code mvn -Pbench verify -Dbench=engine}.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Engine benchmark: %d cores, %s, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), Runtime.version());
        List<BenchResult> results = new ArrayList<>();
        System.out.println(BenchResult.header("engine", "raw nio"));
        report(results, List.of(TcpBulkBench.run(64 * 1024, 1L << 30)));
        report(results, List.of(TcpBulkBench.run(4096, 256L << 20)));
        report(results, List.of(UdpRateBench.run(64)));
        report(results, List.of(UdpRateBench.run(1400)));
        report(results, List.of(ConnectRateBench.run()));
        report(results, IdleMemoryBench.run(10_000));
        System.out.println();
        System.out.println(BenchResult.header("engine", "raw nio"));
        results.forEach(r -> System.out.println(r.format()));
    }

    private static void report(List<BenchResult> all, List<BenchResult> some) {
        some.forEach(r -> System.out.println(r.format()));
        all.addAll(some);
    }
}
