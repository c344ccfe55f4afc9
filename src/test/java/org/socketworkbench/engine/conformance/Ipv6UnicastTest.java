package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.tls.TestCertificates;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.WriteInfo;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.Sockets.V6_LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * IPv6 unicast on {@code ::1} for TCP, UDP and TLS, and the address text Chrome reports (§5.8,
 * §5.14): IPv6 compressed, without brackets or zone; IPv4 peers of an IPv6 socket IPv4-mapped in
 * hex groups.
 */
class Ipv6UnicastTest {

    private static final String V4_MAPPED_LOOPBACK = "::ffff:7f00:1";

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    @Test
    void tcpClientAndServerOverIpv6() {
        Sockets.Listener listener = fx.sockets().listening(V6_LOOPBACK);
        assertOutcome(fx.calls().getInfo(listener.id()),
                new SocketInfo("tcp", false, null, null, V6_LOOPBACK, listener.port()), null);

        int client = fx.sockets().freshTcp();
        var accept = fx.calls().startAccept(listener.id());
        assertOutcome(fx.calls().connect(client, V6_LOOPBACK, listener.port()), 0, null);
        int accepted = fx.calls().await(accept).value().socketId();

        SocketInfo clientInfo = fx.calls().getInfo(client).value();
        assertEquals(new SocketInfo("tcp", true, V6_LOOPBACK, listener.port(), V6_LOOPBACK, clientInfo.localPort()),
                clientInfo);
        assertOutcome(fx.calls().getInfo(accepted),
                new SocketInfo("tcp", true, V6_LOOPBACK, clientInfo.localPort(), V6_LOOPBACK, listener.port()), null);

        assertOutcome(fx.calls().write(client, PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        assertArrayEquals(PAYLOAD, fx.calls().readExactly(accepted, PAYLOAD.length));
    }

    @Test
    void aLongFormLiteralIsReportedCompressed() {
        PeerServer server = fx.sockets().peerServer(V6_LOOPBACK);
        int client = fx.sockets().freshTcp();
        assertOutcome(fx.calls().connect(client, "0:0:0:0:0:0:0:1", server.port()), 0, null);
        TcpPeer peer = server.accept();
        assertOutcome(fx.calls().getInfo(client),
                new SocketInfo("tcp", true, V6_LOOPBACK, server.port(), V6_LOOPBACK, peer.remotePort()), null);

        int udp = fx.sockets().freshUdp();
        assertOutcome(fx.calls().bind(udp, "0000:0000:0000:0000:0000:0000:0000:0001", 0), 0, null);
        assertEquals(V6_LOOPBACK, fx.calls().getInfo(udp).value().localAddress());
    }

    @Test
    void udpSendToAndRecvFromOverIpv6() {
        Sockets.BoundUdp receiver = fx.sockets().boundUdp(V6_LOOPBACK);
        Sockets.BoundUdp sender = fx.sockets().boundUdp(V6_LOOPBACK);
        assertOutcome(fx.calls().getInfo(receiver.id()),
                new SocketInfo("udp", false, null, null, V6_LOOPBACK, receiver.port()), null);
        assertOutcome(fx.calls().sendTo(sender.id(), PAYLOAD, V6_LOOPBACK, receiver.port()),
                new WriteInfo(PAYLOAD.length), null);
        assertOutcome(fx.calls().recvFrom(receiver.id(), null),
                new RecvFromInfo(PAYLOAD.length, PAYLOAD, V6_LOOPBACK, sender.port()), null);
    }

    @Test
    void connectedUdpOverIpv6() {
        UdpPeer peer = fx.sockets().udpPeer(V6_LOOPBACK);
        Sockets.ConnectedUdp connected = fx.sockets().connectedUdp(peer);
        assertOutcome(fx.calls().getInfo(connected.id()),
                new SocketInfo("udp", true, V6_LOOPBACK, peer.port(), V6_LOOPBACK, connected.localPort()), null);
        peer.sendTo(connected.localPort(), PAYLOAD);
        assertOutcome(fx.calls().recvFrom(connected.id(), null),
                new RecvFromInfo(PAYLOAD.length, PAYLOAD, V6_LOOPBACK, peer.port()), null);
    }

    @Test
    void tlsOverIpv6() {
        PeerServer server = fx.sockets().peerServer(V6_LOOPBACK);
        Sockets.Connection connection = fx.sockets().connectedTcp(server);
        CompletableFuture<Void> serverSide = connection.peer().startTlsServer(TestCertificates.serverContext(TestCertificates.ServerCertificate.TRUSTED));
        assertOutcome(fx.calls().secure(connection.id(), null), 0, null);
        Await.result(serverSide);
        connection.peer().send(PAYLOAD);
        assertOutcome(fx.calls().read(connection.id(), null), new ReadInfo(PAYLOAD.length, PAYLOAD), null);
    }

    @Test
    void anIpv4ClientOfADualStackListenerAppearsIpv4Mapped() {
        Sockets.Listener listener = fx.sockets().listening("::");
        TcpPeer client = fx.sockets().plainClient(LOOPBACK, listener.port());
        int accepted = fx.calls().accept(listener.id()).value().socketId();
        assertOutcome(fx.calls().getInfo(accepted), new SocketInfo("tcp", true, V4_MAPPED_LOOPBACK,
                client.port(), V4_MAPPED_LOOPBACK, listener.port()), null);
    }

    @Test
    void anIpv4SenderToADualStackUdpSocketAppearsIpv4Mapped() {
        Sockets.BoundUdp receiver = fx.sockets().boundUdp("::");
        UdpPeer sender = fx.sockets().udpPeer(LOOPBACK);
        sender.sendTo(receiver.port(), PAYLOAD);
        assertOutcome(fx.calls().recvFrom(receiver.id(), null),
                new RecvFromInfo(PAYLOAD.length, PAYLOAD, V4_MAPPED_LOOPBACK, sender.port()), null);
    }
}
