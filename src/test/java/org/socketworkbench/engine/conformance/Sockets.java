package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.tls.TestCertificates;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.WriteInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;

/**
 * Engine sockets set up in the states of the contract (§4, §7), each step checked, with the plain
 * peers they talk to. Every UDP socket gets the multicast adapter {@code lo} and TTL 0 before it
 * has an OS socket, so that nothing a test does can send multicast out of the machine.
 */
final class Sockets {

    static final String LOOPBACK = "127.0.0.1";
    static final String V6_LOOPBACK = "::1";

    /**
     * Bytes one write cannot get through while a {@link #connectedToASlowReader() slow reader}
     * does not read: more than the engine's send buffer (tcp_wmem max 4 MB) and the reader's
     * receive buffer hold together.
     */
    static final int MORE_THAN_THE_BUFFERS_HOLD = 32 * 1024 * 1024;

    /** The multicast adapter and TTL of every UDP socket the suite opens (network rule). */
    static final String MULTICAST_ADAPTER = "lo";
    static final int MULTICAST_TTL = 0;

    /** A connected engine TCP socket and the plain socket at the other end. */
    record Connection(int id, TcpPeer peer) {
    }

    /** An engine TCP socket whose connect to {@code listener} is pending, and that connect's result. */
    record Connecting(int id, CompletableFuture<Sync.Result<Integer>> connect, FullBacklogListener listener) {
    }

    /** A listening engine TCP socket. */
    record Listener(int id, int port) {
    }

    /** A bound engine UDP socket. */
    record BoundUdp(int id, int port) {
    }

    /** A connected engine UDP socket and its peer. */
    record ConnectedUdp(int id, int localPort, UdpPeer peer) {
    }

    private final EngineFixture fixture;
    private final Calls calls;

    Sockets(EngineFixture fixture) {
        this.fixture = fixture;
        this.calls = fixture.calls();
    }

    /** T0. */
    int freshTcp() {
        return calls.create("tcp").value().socketId();
    }

    /** U0, with the suite's multicast adapter and TTL already set. */
    int freshUdp() {
        int id = calls.create("udp").value().socketId();
        assertOutcome(calls.setMulticastInterface(id, MULTICAST_ADAPTER), 0, null);
        assertOutcome(calls.setMulticastTimeToLive(id, MULTICAST_TTL), 0, null);
        return id;
    }

    PeerServer peerServer(String address) {
        return fixture.track(new PeerServer(address));
    }

    UdpPeer udpPeer(String address) {
        return fixture.track(new UdpPeer(address));
    }

    /** TC: a client connected to a plain peer on {@code address}. */
    Connection connectedTcp(String address) {
        return connectedTcp(peerServer(address));
    }

    Connection connectedTcp(PeerServer server) {
        int id = freshTcp();
        assertOutcome(calls.connect(id, server.address(), server.port()), 0, null);
        return new Connection(id, server.accept());
    }

    /** TC, with a peer whose receive buffer is fixed at 4 KB: a big write stays in progress. */
    Connection connectedToASlowReader() {
        return connectedTcp(fixture.track(new PeerServer(LOOPBACK, 4096)));
    }

    /** A plain {@code java.net} client connected to an engine listener; its port() is the client's own. */
    TcpPeer plainClient(String address, int port) {
        try {
            return fixture.track(new TcpPeer(new Socket(InetAddress.ofLiteral(address), port)));
        } catch (IOException e) {
            throw new AssertionError("cannot connect to the engine's listener at " + address + " " + port, e);
        }
    }

    /** S: a client secured with TLS against a peer presenting the test CA's localhost certificate ({@link TestCertificates}). */
    Connection secured() {
        Connection connection = connectedTcp(LOOPBACK);
        var handshake = connection.peer().startTlsServer(TestCertificates.serverContext(TestCertificates.ServerCertificate.TRUSTED));
        assertOutcome(calls.secure(connection.id(), null), 0, null);
        Await.result(handshake);
        return connection;
    }

    /** TD: a client whose connect was refused. */
    int refusedTcp() {
        int id = freshTcp();
        assertOutcome(calls.connect(id, LOOPBACK, closedTcpPort()), -102, null);
        return id;
    }

    /** TD: a client whose peer sent some bytes and closed, all of it consumed (0 = the FIN). */
    int peerClosedTcp() {
        Connection connection = connectedTcp(LOOPBACK);
        connection.peer().send(TestData.PAYLOAD);
        connection.peer().close();
        assertArrayEquals(TestData.PAYLOAD, calls.readUntilEndOfStream(connection.id()));
        return connection.id();
    }

    /** TD: a client that was connected and called disconnect. */
    int disconnectedTcp() {
        Connection connection = connectedTcp(LOOPBACK);
        fixture.engine().disconnect(connection.id());
        connection.peer().expectEndOfStream();
        return connection.id();
    }

    /** TD: a client whose connect is still pending (the engine reports CONNECTING). */
    Connecting connectingTcp() {
        FullBacklogListener listener = fixture.track(new FullBacklogListener());
        int id = freshTcp();
        CompletableFuture<Sync.Result<Integer>> connect = calls.startConnect(id, LOOPBACK, listener.port());
        fixture.awaitState(id, SocketState.CONNECTING);
        return new Connecting(id, connect, listener);
    }

    /** TL: listening on {@code address} at an ephemeral port. */
    Listener listening(String address) {
        int id = freshTcp();
        assertOutcome(calls.listen(id, address, 0), 0, null);
        return new Listener(id, calls.getInfo(id).value().localPort());
    }

    /** UB: bound to {@code address} at an ephemeral port. */
    BoundUdp boundUdp(String address) {
        int id = freshUdp();
        assertOutcome(calls.bind(id, address, 0), 0, null);
        return new BoundUdp(id, calls.getInfo(id).value().localPort());
    }

    /**
     * UC: connected (not bound first) to {@code peer}. The local port is learned from a datagram
     * the socket sends to the peer, not from the engine.
     */
    ConnectedUdp connectedUdp(UdpPeer peer) {
        int id = freshUdp();
        assertOutcome(calls.connect(id, peer.address(), peer.port()), 0, null);
        assertOutcome(calls.write(id, TestData.PAYLOAD), new WriteInfo(TestData.PAYLOAD.length), null);
        return new ConnectedUdp(id, peer.expect(TestData.PAYLOAD), peer);
    }

    /** A loopback TCP port nobody listens on (it was free a moment ago). */
    static int closedTcpPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.ofLiteral(LOOPBACK))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback UDP port nobody is bound to (it was free a moment ago). */
    static int closedUdpPort() {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.ofLiteral(LOOPBACK), 0))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
