package org.socketworkbench.engine;

/**
 * One datagram of a {@link DatagramBatch}.
 *
 * @param data         the payload (empty for a zero-length datagram)
 * @param address      the sender's address, as recvFrom gives it
 * @param port         the sender's port
 * @param arrivalNanos when it was taken from the OS, on the receiving thread ({@link EpochClock})
 */
public record ReceivedDatagram(byte[] data, String address, int port, long arrivalNanos) {
}
