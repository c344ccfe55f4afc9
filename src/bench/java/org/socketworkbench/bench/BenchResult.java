package org.socketworkbench.bench;

import java.util.Locale;

/**
 * One line of a benchmark report: our figure next to the baseline measured in the same run.
 *
 * @param name        what was measured
 * @param unit        unit of both figures
 * @param ours        our figure
 * @param baseline    the baseline's figure (raw java.nio, iperf, ...)
 * @param higherIsBetter whether a bigger figure is better (throughput) or worse (memory)
 * @param target      the ratio ours/baseline we promise (for memory: an absolute limit in {@code unit}), or 0
 */
public record BenchResult(String name, String unit, double ours, double baseline, boolean higherIsBetter,
                          double target) {

    public double ratio() {
        return baseline == 0 ? Double.NaN : ours / baseline;
    }

    public boolean meetsTarget() {
        if (target == 0) {
            return true;
        }
        return higherIsBetter ? ratio() >= target : ours <= target;
    }

    public String format() {
        String goal = target == 0 ? "" : higherIsBetter
                ? String.format(Locale.ROOT, ">= %.2fx", target)
                : String.format(Locale.ROOT, "<= %,.0f %s", target, unit);
        return String.format(Locale.ROOT, "%-52s %14s %14s %7.2fx  %-14s %s", name, figure(ours), figure(baseline),
                ratio(), goal, target == 0 ? "" : meetsTarget() ? "ok" : "MISSED");
    }

    private String figure(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f %s" : "%.2f %s", value, unit);
    }

    public static String header(String oursName, String baselineName) {
        return String.format(Locale.ROOT, "%-52s %14s %14s %8s  %-14s", "measurement", oursName, baselineName,
                "ratio", "target");
    }
}
