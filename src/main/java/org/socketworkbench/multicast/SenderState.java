package org.socketworkbench.multicast;

import java.util.Objects;

/**
 * A group's probe sender, frozen for display.
 *
 * @param group       the group it sends to
 * @param settings    adapter, rate, size and TTL it was started with
 * @param status      starting, running, stopped or failed
 * @param socketId    its socket once set up, else 0
 * @param sent        probes sent so far
 * @param sendFailures sends the OS refused
 * @param detail      why set-up failed, or the latest refused send; "" when all is well
 */
public record SenderState(GroupAddress group, SenderSettings settings, SenderStatus status, int socketId, long sent,
                          long sendFailures, String detail) {

    public SenderState {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    /** Whether it is starting or running (so the user can stop it). */
    public boolean active() {
        return status == SenderStatus.STARTING || status == SenderStatus.RUNNING;
    }
}
