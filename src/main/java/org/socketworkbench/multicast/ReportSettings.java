package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ProbeReceiver} reports to its group ({@link ReceiverReport}).
 *
 * @param hostName the name reports carry (the one our probes announce)
 * @param ttl      TTL (IPv6 hop limit) of the reports, 0 to 255: the same as the probes', so
 *                 reports reach exactly the hosts our probes reach
 * @param interval how often; once a second by default, as RTCP's minimum interval is in spirit
 */
public record ReportSettings(String hostName, int ttl, Duration interval) {

    /** Once a second. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    public ReportSettings {
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(interval, "interval");
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException(Texts.get("multicast.ttl.range", ttl));
        }
        if (interval.toMillis() < 10 || interval.toMillis() > 0xFFFF) {
            throw new IllegalArgumentException(Texts.get("multicast.report.interval", interval.toMillis()));
        }
    }

    public static ReportSettings everySecond(String hostName, int ttl) {
        return new ReportSettings(hostName, ttl, DEFAULT_INTERVAL);
    }
}
