package org.socketworkbench.sockets;

import org.socketworkbench.payloads.CounterSequence;
import org.socketworkbench.payloads.PayloadTemplate;

import java.util.Objects;

/**
 * What the composer asked to send.
 *
 * @param socketId    the socket to send on
 * @param template    the payload, expanded anew for each send (macros such as {{COUNTER}})
 * @param counter     the values {@code {{COUNTER}}} takes, one per send of this job
 * @param host        for sendTo (UDP): the destination; null means write() to the connected peer
 * @param port        the destination port when {@code host} is set
 * @param repeat      how many times (at least 1)
 * @param intervalMs  pause between sends, in milliseconds (0: back to back, each after the previous completed)
 */
public record SendRequest(int socketId, PayloadTemplate template, CounterSequence counter, String host, int port,
                          int repeat, long intervalMs) {

    public SendRequest {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(counter, "counter");
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1"); // i18n-ok: a programming error, for developers
        }
        if (intervalMs < 0) {
            throw new IllegalArgumentException("interval must not be negative"); // i18n-ok: a programming error, for developers
        }
    }

    /** The same fixed bytes on every send. */
    public SendRequest(int socketId, byte[] payload, String host, int port, int repeat, long intervalMs) {
        this(socketId, PayloadTemplate.literal(payload), CounterSequence.DEFAULT, host, port, repeat, intervalMs);
    }

    public boolean isSendTo() {
        return host != null;
    }
}
