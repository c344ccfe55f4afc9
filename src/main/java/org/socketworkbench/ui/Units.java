package org.socketworkbench.ui;

import java.util.Locale;

/** Human-readable sizes and rates for tables and the status bar. */
public final class Units {

    private static final String[] SIZE = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Units() {
    }

    /** 0 B, 812 B, 1.5 KiB, 23.4 MiB ... */
    public static String bytes(double value) {
        int unit = 0;
        while (value >= 1024 && unit < SIZE.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f B", value)
                : String.format(Locale.ROOT, "%.1f %s", value, SIZE[unit]);
    }

    /** 1.5 KiB/s, or "" when nothing flows. */
    public static String rate(double bytesPerSecond) {
        return bytesPerSecond <= 0 ? "" : bytes(bytesPerSecond) + "/s";
    }
}
