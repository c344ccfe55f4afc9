package org.socketworkbench.bench;

/** Picks the benchmark named by {@code -Dbench=...}: engine (more to come with the GUI and multicast). */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "engine" : args[0];
        switch (which) {
            case "engine" -> EngineBenchmark.main(new String[0]);
            default -> {
                System.err.println("unknown benchmark '" + which + "'; known: engine");
                System.exit(2);
            }
        }
    }
}
