package org.socketworkbench.multicast;

import java.util.Objects;

/**
 * One cell of the groups × adapters matrix.
 *
 * @param channel  the group and adapter
 * @param status   joining, joined or failed
 * @param socketId the receiving socket when joined, else 0
 * @param detail   for a failure: the step and the OS result, e.g.
 *                 {@code join 239.1.2.3 on eth9 failed: -4 ERR_INVALID_ARGUMENT (...)}; else ""
 */
public record MembershipState(Channel channel, MembershipStatus status, int socketId, String detail) {

    public MembershipState {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    static MembershipState joining(Channel channel) {
        return new MembershipState(channel, MembershipStatus.JOINING, 0, "");
    }

    static MembershipState joined(Channel channel, int socketId) {
        return new MembershipState(channel, MembershipStatus.JOINED, socketId, "");
    }

    static MembershipState failed(Channel channel, String detail) {
        return new MembershipState(channel, MembershipStatus.FAILED, 0, detail);
    }

    /** A short text for the cell: "joining…", "joined (socket 7)" or the failure. */
    public String label() {
        return switch (status) {
            case JOINING -> "joining\u2026";
            case JOINED -> "joined (socket " + socketId + ")";
            case FAILED -> detail;
        };
    }
}
