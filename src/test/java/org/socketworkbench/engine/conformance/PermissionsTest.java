package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.tls.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketPermissions;
import org.socketworkbench.engine.WriteInfo;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.socketworkbench.engine.conformance.ContractText.MULTICAST_TYPE;
import static org.socketworkbench.engine.conformance.ContractText.PERMISSION;
import static org.socketworkbench.engine.conformance.ContractText.SOCKET_NOT_FOUND;
import static org.socketworkbench.engine.conformance.ContractText.TCP_BIND;
import static org.socketworkbench.engine.conformance.ContractText.TYPE_NOT_SUPPORTED;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * Contract §3.4: which method checks which rule with which host and port, the denied shapes and
 * message, and the order of the checks (socket lookup → type → permission → DNS → state).
 * Every engine here gets only the rules named in the test, parsed with
 * {@link SocketPermissions#parse}.
 */
class PermissionsTest {

    private static final String GROUP = "239.255.77.1";

    private final List<EngineFixture> engines = new ArrayList<>();

    private EngineFixture engineWith(String... rules) {
        SocketPermissions permissions = SocketPermissions.parse(List.of(rules));
        assertEquals(List.of(), permissions.warnings(), "the test's rules are valid");
        EngineFixture fx = new EngineFixture(permissions);
        engines.add(fx);
        return fx;
    }

    @AfterEach
    void closeEngines() throws Exception {
        for (EngineFixture fx : engines.reversed()) {
            fx.close();
        }
    }

    // ------------------------------------------------------------------ §3.4 table, row by row

    @Test
    void tcpConnectChecksTcpConnectWithTheHostAndPortPassed() {
        PeerServer server = engineWith().sockets().peerServer(LOOPBACK);
        int port = server.port();
        EngineFixture allowed = engineWith("tcp-connect:127.0.0.1:" + port);
        assertOutcome(allowed.calls().connect(allowed.sockets().freshTcp(), LOOPBACK, port), 0, null);

        for (EngineFixture denied : List.of(engineWith("tcp-connect:127.0.0.1:" + (port + 1)),
                engineWith("udp-send-to:127.0.0.1:" + port), engineWith("tcp-listen"))) {
            assertOutcome(denied.calls().connect(denied.sockets().freshTcp(), LOOPBACK, port), -1, PERMISSION);
        }
    }

    @Test
    void udpConnectChecksUdpSendTo() {
        EngineFixture allowed = engineWith("udp-send-to:127.0.0.1:*");
        UdpPeer peer = allowed.sockets().udpPeer(LOOPBACK);
        assertOutcome(allowed.calls().connect(allowed.sockets().freshUdp(), LOOPBACK, peer.port()), 0, null);

        EngineFixture denied = engineWith("tcp-connect", "udp-bind");
        assertOutcome(denied.calls().connect(denied.sockets().freshUdp(), LOOPBACK, peer.port()), -1, PERMISSION);
    }

    @Test
    void bindChecksUdpBindAndPortZeroNeedsAWildcardPort() {
        EngineFixture wildcard = engineWith("udp-bind:127.0.0.1:*");
        assertOutcome(wildcard.calls().bind(wildcard.sockets().freshUdp(), LOOPBACK, 0), 0, null);

        EngineFixture fixedPort = engineWith("udp-bind:127.0.0.1:5000");
        assertOutcome(fixedPort.calls().bind(fixedPort.sockets().freshUdp(), LOOPBACK, 0), -1, PERMISSION);
        EngineFixture otherOp = engineWith("udp-send-to");
        assertOutcome(otherOp.calls().bind(otherOp.sockets().freshUdp(), LOOPBACK, 0), -1, PERMISSION);
    }

    @Test
    void sendToChecksUdpSendToAndAnswersABareMinus1() {
        EngineFixture fx = engineWith("udp-bind");
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        EngineFixture allowed = engineWith("udp-bind", "udp-send-to:127.0.0.1:" + peer.port());
        int sender = allowed.sockets().boundUdp(LOOPBACK).id();
        assertOutcome(allowed.calls().sendTo(sender, PAYLOAD, LOOPBACK, peer.port()), new WriteInfo(PAYLOAD.length), null);
        peer.expect(PAYLOAD);
        assertOutcome(allowed.calls().sendTo(sender, PAYLOAD, "localhost", peer.port()), new WriteInfo(-1), PERMISSION);
        assertOutcome(fx.calls().sendTo(fx.sockets().boundUdp(LOOPBACK).id(), PAYLOAD, LOOPBACK, peer.port()),
                new WriteInfo(-1), PERMISSION);
    }

    @Test
    void sendToOnTcpChecksNothing() {
        EngineFixture fx = engineWith();
        assertOutcome(fx.calls().sendTo(fx.sockets().freshTcp(), PAYLOAD, LOOPBACK, 9), new WriteInfo(-2), null);
    }

    @Test
    void listenChecksTcpListenForEverySocketType() {
        EngineFixture allowed = engineWith("tcp-listen:127.0.0.1:*");
        assertOutcome(allowed.calls().listen(allowed.sockets().freshTcp(), LOOPBACK, 0), 0, null);
        assertOutcome(allowed.calls().listen(allowed.sockets().freshUdp(), LOOPBACK, 0), -2, TYPE_NOT_SUPPORTED);

        EngineFixture denied = engineWith("tcp-connect", "udp-bind");
        assertOutcome(denied.calls().listen(denied.sockets().freshTcp(), LOOPBACK, 0), -1, PERMISSION);
        assertOutcome(denied.calls().listen(denied.sockets().freshUdp(), LOOPBACK, 0), -1, PERMISSION);
    }

    @Test
    void membershipCallsCheckUdpMulticastMembershipWithAnyHostAndPort() {
        EngineFixture denied = engineWith("udp-bind");
        int udp = denied.sockets().boundUdp("0.0.0.0").id();
        assertOutcome(denied.calls().joinGroup(udp, GROUP), -1, PERMISSION);
        assertOutcome(denied.calls().leaveGroup(udp, GROUP), -1, PERMISSION);
        assertOutcome(denied.calls().getJoinedGroups(udp), null, PERMISSION);

        EngineFixture allowed = engineWith("udp-bind", "udp-multicast-membership");
        int member = allowed.sockets().boundUdp("0.0.0.0").id();
        assertOutcome(allowed.calls().joinGroup(member, GROUP), 0, null);
        assertOutcome(allowed.calls().getJoinedGroups(member), List.of(GROUP), null);
        assertOutcome(allowed.calls().leaveGroup(member, GROUP), 0, null);
    }

    @Test
    void multicastSettersNeedNoPermission() {
        EngineFixture fx = engineWith();
        int udp = fx.sockets().freshUdp();
        assertOutcome(fx.calls().setMulticastTimeToLive(udp, 0), 0, null);
        assertOutcome(fx.calls().setMulticastLoopbackMode(udp, true), 0, null);
    }

    @Test
    void theOtherMethodsNeedNoRuleOfTheirOwn() {
        PeerServer server = engineWith().sockets().peerServer(LOOPBACK);
        EngineFixture fx = engineWith("tcp-connect:127.0.0.1:" + server.port());
        int tcp = fx.sockets().freshTcp();
        assertOutcome(fx.calls().connect(tcp, LOOPBACK, server.port()), 0, null);
        TcpPeer peer = server.accept();
        assertOutcome(fx.calls().write(tcp, PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        peer.expect(PAYLOAD);
        peer.send(PAYLOAD);
        assertOutcome(fx.calls().read(tcp, null), new ReadInfo(PAYLOAD.length, PAYLOAD), null);
        assertOutcome(fx.calls().setKeepAlive(tcp, true, 1000), true, null);
        assertOutcome(fx.calls().setNoDelay(tcp, true), true, null);
        assertOutcome(fx.calls().getInfo(tcp), new SocketInfo("tcp", true, LOOPBACK, server.port(), LOOPBACK,
                peer.remotePort()), null);
        var handshake = peer.startTlsServer(TestCertificates.serverContext(TestCertificates.ServerCertificate.TRUSTED));
        assertOutcome(fx.calls().secure(tcp, null), 0, null);
        Await.result(handshake);
        assertFalse(fx.calls().getNetworkList().value().isEmpty());

        EngineFixture listener = engineWith("tcp-listen");
        Sockets.Listener server2 = listener.sockets().listening(LOOPBACK);
        listener.sockets().plainClient(LOOPBACK, server2.port());
        assertEquals(0, listener.calls().accept(server2.id()).value().resultCode());

        EngineFixture receiver = engineWith("udp-bind");
        Sockets.BoundUdp bound = receiver.sockets().boundUdp(LOOPBACK);
        UdpPeer udpPeer = receiver.sockets().udpPeer(LOOPBACK);
        udpPeer.sendTo(bound.port(), PAYLOAD);
        assertOutcome(receiver.calls().recvFrom(bound.id(), null),
                new RecvFromInfo(PAYLOAD.length, PAYLOAD, LOOPBACK, udpPeer.port()), null);
        receiver.engine().disconnect(bound.id());
        receiver.engine().destroy(bound.id());
        receiver.assertNoWarningSoFar();
    }

    // ------------------------------------------------------------------ order of the checks

    @Test
    void socketNotFoundWinsOverPermission() {
        EngineFixture fx = engineWith();
        int unknown = 777_777;
        assertOutcome(fx.calls().connect(unknown, LOOPBACK, 80), -1, SOCKET_NOT_FOUND);
        assertOutcome(fx.calls().bind(unknown, LOOPBACK, 0), -1, SOCKET_NOT_FOUND);
        assertOutcome(fx.calls().sendTo(unknown, PAYLOAD, LOOPBACK, 9), new WriteInfo(-1), SOCKET_NOT_FOUND);
        assertOutcome(fx.calls().listen(unknown, LOOPBACK, 0), -1, SOCKET_NOT_FOUND);
        assertOutcome(fx.calls().joinGroup(unknown, GROUP), -1, SOCKET_NOT_FOUND);
        assertOutcome(fx.calls().leaveGroup(unknown, GROUP), -1, SOCKET_NOT_FOUND);
        assertOutcome(fx.calls().getJoinedGroups(unknown), null, SOCKET_NOT_FOUND);
    }

    @Test
    void typeChecksComeBeforePermission() {
        EngineFixture fx = engineWith();
        int tcp = fx.sockets().freshTcp();
        assertOutcome(fx.calls().bind(tcp, LOOPBACK, 0), -1, TCP_BIND);
        assertOutcome(fx.calls().joinGroup(tcp, GROUP), -1, MULTICAST_TYPE);
        assertOutcome(fx.calls().leaveGroup(tcp, GROUP), -1, MULTICAST_TYPE);
        assertOutcome(fx.calls().getJoinedGroups(tcp), null, MULTICAST_TYPE);
    }

    @Test
    void permissionWinsOverStateErrors() {
        PeerServer server = engineWith().sockets().peerServer(LOOPBACK);
        int deniedPort = server.port() + 1;
        EngineFixture fx = engineWith("tcp-connect:127.0.0.1:" + server.port(), "tcp-listen:127.0.0.1:*",
                "udp-bind:127.0.0.1:*");
        int listening = fx.sockets().listening(LOOPBACK).id();
        assertOutcome(fx.calls().connect(listening, LOOPBACK, deniedPort), -1, PERMISSION);   // else -104
        int client = fx.sockets().connectedTcp(server).id();
        assertOutcome(fx.calls().connect(client, LOOPBACK, deniedPort), -1, PERMISSION);      // else -104
        assertOutcome(fx.calls().listen(client, "0.0.0.0", 0), -1, PERMISSION);                // else -11
        int bound = fx.sockets().boundUdp(LOOPBACK).id();
        assertOutcome(fx.calls().bind(bound, "0.0.0.0", 0), -1, PERMISSION);                   // else -104
        int fresh = fx.sockets().freshUdp();
        assertOutcome(fx.calls().sendTo(fresh, PAYLOAD, LOOPBACK, 9), new WriteInfo(-1), PERMISSION); // else -15
        assertOutcome(fx.calls().joinGroup(fresh, GROUP), -1, PERMISSION);                     // else -15
    }

    @Test
    void permissionWinsOverDns() {
        EngineFixture fx = engineWith("udp-bind");
        assertOutcome(fx.calls().connect(fx.sockets().freshTcp(), "", 80), -1, PERMISSION);
        assertOutcome(fx.calls().sendTo(fx.sockets().boundUdp(LOOPBACK).id(), PAYLOAD, "", 9), new WriteInfo(-1), PERMISSION);
    }

    @Test
    void theHostIsTheLiteralStringTheAppPassed() {
        PeerServer server = engineWith().sockets().peerServer(LOOPBACK);
        EngineFixture fx = engineWith("tcp-connect:localhost:" + server.port(), "tcp-listen:localhost:*");
        assertOutcome(fx.calls().connect(fx.sockets().freshTcp(), LOOPBACK, server.port()), -1, PERMISSION);
        assertOutcome(fx.calls().connect(fx.sockets().freshTcp(), "localhost", server.port()), 0, null);
        assertOutcome(fx.calls().listen(fx.sockets().freshTcp(), LOOPBACK, 0), -1, PERMISSION);
    }

    @Test
    void acceptOnADeniedListenerIsTheNotListeningFailure() {
        EngineFixture fx = engineWith();
        int tcp = fx.sockets().freshTcp();
        assertOutcome(fx.calls().listen(tcp, LOOPBACK, 0), -1, PERMISSION);
        assertOutcome(fx.calls().accept(tcp), new AcceptInfo(-2, null), null);
    }
}
