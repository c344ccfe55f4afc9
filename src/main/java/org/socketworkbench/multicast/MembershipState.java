package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.util.List;
import java.util.Objects;

/**
 * One cell of the groups × adapters matrix.
 *
 * @param channel  the group and adapter
 * @param status   joining, joined or failed
 * @param socketId the receiving socket when joined, else 0
 * @param detail   for a failure: the step and the OS result, e.g.
 *                 {@code join 239.1.2.3 on eth9 failed: -4 ERR_INVALID_ARGUMENT (...)}; else ""
 * @param sources  the sources of a source-specific join, empty for any-source
 * @param blocked  the sources an any-source join has blocked (always empty for a source-specific one)
 */
public record MembershipState(Channel channel, MembershipStatus status, int socketId, String detail,
                              List<String> sources, List<String> blocked) {

    public MembershipState {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        sources = List.copyOf(sources);
        blocked = List.copyOf(blocked);
    }

    static MembershipState joining(Channel channel, List<String> sources) {
        return new MembershipState(channel, MembershipStatus.JOINING, 0, "", sources, List.of());
    }

    static MembershipState joined(Channel channel, int socketId, List<String> sources) {
        return new MembershipState(channel, MembershipStatus.JOINED, socketId, "", sources, List.of());
    }

    static MembershipState failed(Channel channel, String detail, List<String> sources) {
        return new MembershipState(channel, MembershipStatus.FAILED, 0, detail, sources, List.of());
    }

    MembershipState withBlocked(List<String> now) {
        return new MembershipState(channel, status, socketId, detail, sources, now);
    }

    /** Whether an any-source join blocks that source. */
    public boolean blocks(String source) {
        return blocked.contains(source);
    }

    /**
     * A short text for the cell: "joining…", "joined (socket 7)" or the failure, then the
     * sources: "from 10.0.0.1, 10.0.0.2" for a source-specific join, "blocking 10.0.0.3" for
     * blocked ones.
     */
    public String label() {
        String state = switch (status) {
            case JOINING -> Texts.get("multicast.cell.joining");
            case JOINED -> Texts.get("multicast.cell.joined", socketId);
            case FAILED -> detail;
        };
        return state + sourcesLabel();
    }

    /** " from S1, S2", " blocking S3" or "". */
    public String sourcesLabel() {
        if (!sources.isEmpty()) {
            return Texts.get("multicast.cell.from", String.join(", ", sources));
        }
        return blocked.isEmpty() ? "" : Texts.get("multicast.cell.blocking", String.join(", ", blocked));
    }
}
