package org.socketworkbench.engine;

import java.util.List;

/**
 * What {@link SocketEngine#recvFromBatch} received: at least one datagram when
 * {@code resultCode} is 0, none otherwise.
 *
 * @param resultCode 0, or the negative net error recvFrom would have answered
 * @param datagrams  in arrival order
 */
public record DatagramBatch(int resultCode, List<ReceivedDatagram> datagrams) {

    public DatagramBatch {
        datagrams = List.copyOf(datagrams);
    }

    /** A failure without datagrams. */
    public static DatagramBatch failed(int resultCode) {
        return new DatagramBatch(resultCode, List.of());
    }
}
