package org.socketworkbench.engine;

import java.nio.ByteBuffer;

/**
 * Writes the datagrams of {@link SocketEngine#sendToBatch(int, int, DatagramWriter, String, int, Callback)}
 * straight into the socket's own send buffer, one at a time, each just before it is sent: the
 * sender makes no array per datagram and the send copies nothing (the buffer is direct), and a
 * datagram that carries a time stamp is stamped the moment it goes out.
 */
@FunctionalInterface
public interface DatagramWriter {

    /**
     * Puts datagram {@code index} (0 to count - 1) into {@code datagram}, from position 0: what
     * lies before the position afterwards is sent. The buffer is big-endian, empty, and holds
     * the largest UDP payload; it belongs to the socket and is only valid during this call.
     */
    void write(int index, ByteBuffer datagram);
}
