package org.socketworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.multicast.ProbeRate;
import org.socketworkbench.multicast.SenderSettings;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A group's probe sender.
 *
 * @param iface         the adapter it sends from, "" for the OS default
 * @param ratePerSecond probes per second as a decimal text ("100", "0.5"), exact
 * @param size          datagram size in bytes
 * @param ttl           multicast TTL
 * @param unknownKeys   keys of a file this version does not know
 */
public record SenderPart(String iface, String ratePerSecond, int size, int ttl,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public SenderPart {
        iface = iface == null ? "" : iface;
        ratePerSecond = ratePerSecond == null ? "1" : ratePerSecond.strip();
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public static SenderPart of(SenderSettings settings) {
        return new SenderPart(settings.iface(),
                BigDecimal.valueOf(settings.rate().milliPerSecond(), 3).stripTrailingZeros().toPlainString(),
                settings.size(), settings.ttl(), Map.of());
    }

    /**
     * The sender's settings.
     *
     * @throws IllegalArgumentException saying what is out of range
     */
    public SenderSettings settings() {
        return new SenderSettings(iface, ProbeRate.parse(ratePerSecond), size, ttl);
    }
}
