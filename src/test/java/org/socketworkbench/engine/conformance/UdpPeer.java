package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.Sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * A plain {@code java.net} UDP socket on a loopback address that talks to engine sockets.
 * Receives give up after {@link Sync#TIMEOUT_SECONDS}.
 */
final class UdpPeer implements AutoCloseable {

    /** A received datagram: its bytes and the sender's port. */
    record Datagram(byte[] data, int fromPort) {
    }

    private final String address;
    private final DatagramSocket socket;

    UdpPeer(String address) {
        this.address = address;
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.ofLiteral(address), 0));
            socket.setSoTimeout((int) (Sync.TIMEOUT_SECONDS * 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The literal the peer is bound to, as given. */
    String address() {
        return address;
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Sends to an engine socket at the peer's own address. */
    void sendTo(int port, byte[] data) {
        try {
            socket.send(new DatagramPacket(data, data.length, new InetSocketAddress(socket.getLocalAddress(), port)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Datagram receive() {
        byte[] buffer = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.receive(packet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Datagram(Arrays.copyOf(buffer, packet.getLength()), packet.getPort());
    }

    /** Receives one datagram and checks its bytes; returns the sender's port. */
    int expect(byte[] expected) {
        Datagram datagram = receive();
        assertArrayEquals(expected, datagram.data());
        return datagram.fromPort();
    }

    @Override
    public void close() {
        socket.close();
    }
}
