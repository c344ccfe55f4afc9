package org.socketworkbench.bench;

import org.socketworkbench.app.AcceptBenchmark;
import org.socketworkbench.app.GuiFloodBenchmark;

/** Picks the benchmark named by {@code -Dbench=...}: engine, gui, accepts, multicast, replies, tls, relay, startup or idle. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "engine" : args[0];
        switch (which) {
            case "engine" -> EngineBenchmark.main(new String[0]);
            case "gui" -> GuiFloodBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "accepts" -> AcceptBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "multicast" -> MulticastBenchmark.main(new String[0]);
            case "multicast-matrix" -> MatrixScaleBench.run();
            case "replies" -> RepliesBenchmark.main(new String[0]);
            case "tls" -> TlsBenchmark.main(new String[0]);
            case "relay" -> RelayBenchmark.main(new String[0]);
            case "startup" -> StartupBenchmark.startup(BenchOptions.of(args));
            case "idle" -> StartupBenchmark.idle(BenchOptions.of(args));
            default -> {
                System.err.println("unknown benchmark '" + which + "'; known: engine, gui, accepts, multicast, replies, tls, relay, startup, idle");
                System.exit(2);
            }
        }
    }
}
