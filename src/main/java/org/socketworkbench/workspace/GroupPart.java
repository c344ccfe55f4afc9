package org.socketworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.engine.Addresses;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * A group of the multicast view: the group, where it is joined, and its probe sender.
 *
 * @param group       GROUP:PORT, e.g. 239.1.2.3:5000 or [ff02::1234]:5000
 * @param ttl         the TTL its sender starts with
 * @param loopback    whether this host's receivers see its own probes
 * @param sources     the senders of a source-specific join; empty for any-source
 * @param joinedOn    the adapters it was joined on
 * @param sender      its probe sender when one ran, else null
 * @param unknownKeys keys of a file this version does not know
 */
public record GroupPart(String group, int ttl, boolean loopback, List<String> sources, List<String> joinedOn,
                        @JsonInclude(JsonInclude.Include.NON_NULL) SenderPart sender,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public GroupPart {
        group = group == null ? "" : group.strip();
        sources = sources == null ? List.of() : List.copyOf(sources);
        joinedOn = joinedOn == null ? List.of() : List.copyOf(joinedOn);
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public static GroupPart of(GroupSettings settings, List<String> joinedOn, SenderPart sender) {
        return new GroupPart(settings.group().toString(), settings.ttl(), settings.loopback(),
                settings.sources().stream().map(Addresses::toText).toList(), joinedOn, sender, Map.of());
    }

    /**
     * The group's settings.
     *
     * @throws IllegalArgumentException saying what is wrong with the group or a source
     */
    public GroupSettings settings() {
        return new GroupSettings(GroupAddress.parse(group), ttl, loopback,
                sources.stream().map(InetAddress::ofLiteral).toList());
    }
}
