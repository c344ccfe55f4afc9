package org.socketworkbench.ui.multicast;

import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.ProbeRate;
import org.socketworkbench.multicast.ProbeSize;
import org.socketworkbench.multicast.SenderSettings;
import org.socketworkbench.sockets.InputCheck;

import java.util.Optional;

/**
 * What a sender row's fields hold, as typed: checked with a message the user understands before
 * it becomes {@link SenderSettings}.
 *
 * @param iface the adapter to send from (null or blank: none chosen)
 * @param rate  packets per second, e.g. "100" or "0.5"
 * @param size  datagram bytes
 * @param ttl   0 to 255
 */
public record SenderForm(String iface, String rate, String size, String ttl) {

    /** The first problem, or empty when {@link #settings()} will succeed. */
    public Optional<String> problem(GroupAddress group, String hostName) {
        if (iface == null || iface.isBlank()) {
            return Optional.of("Choose the adapter to send from");
        }
        Optional<String> rateProblem = rateProblem();
        if (rateProblem.isPresent()) {
            return rateProblem;
        }
        Optional<String> sizeProblem = sizeProblem(group, hostName);
        return sizeProblem.isPresent() ? sizeProblem : InputCheck.ttl(ttl);
    }

    /** What is wrong with the rate, if anything. */
    public Optional<String> rateProblem() {
        try {
            ProbeRate.parse(rate);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("Rate: " + e.getMessage());
        }
    }

    /** What is wrong with the size for this group and host name, if anything. */
    public Optional<String> sizeProblem(GroupAddress group, String hostName) {
        Optional<String> number = InputCheck.positive(size, "Size", ProbeSize.MAX_IPV6);
        if (number.isPresent()) {
            return number;
        }
        int bytes = Integer.parseInt(size.strip());
        return ProbeSize.problem(bytes, !group.isIpv6(), hostName).map(problem -> "Size " + bytes + " " + problem);
    }

    /** The checked settings; call only when {@link #problem} is empty. */
    public SenderSettings settings() {
        return new SenderSettings(iface, ProbeRate.parse(rate), Integer.parseInt(size.strip()), Integer.parseInt(ttl.strip()));
    }
}
