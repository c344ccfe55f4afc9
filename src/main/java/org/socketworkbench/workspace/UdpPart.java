package org.socketworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.sockets.UdpSetup;

import java.util.List;
import java.util.Map;

/**
 * A UDP socket of the workspace.
 *
 * @param address            local IP literal it is bound to
 * @param port               the port it was bound to when saved
 * @param timeToLive         multicast TTL
 * @param loopback           multicast loopback
 * @param multicastInterface adapter for joins and outgoing multicast, or null for the OS default
 * @param broadcast          SO_BROADCAST
 * @param groups             multicast groups it had joined
 * @param replyRules         what it answers, or null when it does not
 * @param unknownKeys        keys of a file this version does not know
 */
public record UdpPart(String address, int port, int timeToLive, boolean loopback,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String multicastInterface, boolean broadcast,
                      List<String> groups, @JsonInclude(JsonInclude.Include.NON_NULL) RuleSet replyRules,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public UdpPart {
        address = address == null || address.isBlank() ? "0.0.0.0" : address.strip();
        groups = groups == null ? List.of() : List.copyOf(groups);
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public UdpPart(UdpSetup setup, int port, List<String> groups, RuleSet replyRules) {
        this(setup.bindAddress(), port, setup.timeToLive(), setup.loopback(), setup.multicastInterface(),
                setup.broadcast(), groups, replyRules, Map.of());
    }

    /** How to open it again. */
    public UdpSetup setup() {
        return new UdpSetup(address, port, timeToLive, loopback, multicastInterface, broadcast);
    }
}
