package org.socketworkbench.ui.multicast;

import org.socketworkbench.i18n.Texts;
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
 * @param iface  the adapter to send from (null or blank: none chosen)
 * @param source the address to send from, one the adapter offers (null or blank: the OS picks)
 * @param rate  packets per second, e.g. "100" or "0.5"
 * @param size  datagram bytes
 * @param ttl   0 to 255
 */
public record SenderForm(String iface, String source, String rate, String size, String ttl) {

    /** The first problem, or empty when {@link #settings()} will succeed. */
    public Optional<String> problem(GroupAddress group, String hostName) {
        if (iface == null || iface.isBlank()) {
            return Optional.of(Texts.get("multicast.sender.chooseAdapter"));
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
            return Optional.of(Texts.get("multicast.sender.rateProblem", e.getMessage()));
        }
    }

    /** What is wrong with the size for this group and host name, if anything. */
    public Optional<String> sizeProblem(GroupAddress group, String hostName) {
        Optional<String> number = InputCheck.positive(size, Texts.get("multicast.sender.size"), ProbeSize.MAX_IPV6);
        if (number.isPresent()) {
            return number;
        }
        int bytes = Integer.parseInt(size.strip());
        return ProbeSize.problem(bytes, !group.isIpv6(), hostName).map(problem -> Texts.get("multicast.sender.sizeProblem", bytes, problem));
    }

    /** The checked settings; call only when {@link #problem} is empty. */
    public SenderSettings settings() {
        return new SenderSettings(iface, source == null ? "" : source.strip(), ProbeRate.parse(rate),
                Integer.parseInt(size.strip()), Integer.parseInt(ttl.strip()));
    }
}
