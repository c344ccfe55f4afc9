package org.socketworkbench.engine.internal;

import java.io.IOException;
import java.nio.channels.DatagramChannel;

/**
 * The blocking mode of a UDP socket's channel, changed only when it must change. A receive
 * takes what the kernel already holds in non-blocking mode and leaves the channel so; only what
 * may wait (a blocking receive, a send) puts it back. Switching back after every drain was two
 * {@code fcntl} calls per batch, about a tenth of a fast multicast receiver's CPU (JFR,
 * {@code DatagramChannelImpl.lockedConfigureBlocking}). Guarded by the socket's lock; a new
 * channel starts in blocking mode.
 */
final class DatagramBlocking {

    private boolean nonBlocking;

    /** Before taking what is queued without waiting. */
    void nonBlocking(DatagramChannel channel) throws IOException {
        if (!nonBlocking) {
            channel.configureBlocking(false);
            nonBlocking = true;
        }
    }

    /** Before anything that may wait, as chrome.socket's calls do. */
    void blocking(DatagramChannel channel) throws IOException {
        if (nonBlocking) {
            channel.configureBlocking(true);
            nonBlocking = false;
        }
    }

    /** A new channel (or none): blocking, as {@link DatagramChannel#open} makes it. */
    void reset() {
        nonBlocking = false;
    }
}
