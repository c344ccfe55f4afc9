package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.tls.TestCertificates;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.WriteInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socketworkbench.engine.conformance.ContractText.LISTEN_FAILED;
import static org.socketworkbench.engine.conformance.ContractText.PORT_INVALID;
import static org.socketworkbench.engine.conformance.ContractText.SOCKET_NOT_FOUND;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * Contract §6: the decisions where Chrome versions disagree, each asserted as its Contract column
 * says (D13, pending callbacks, is {@link PendingCallbacksOnCloseTest}). The Chrome behaviours of
 * the other column are documented deviations.
 */
class ContractDecisionsTest {

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    @Test
    void d01_connectOnAConnectedSocketFailsAndLeavesTheConnectionIntact() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        int other = fx.sockets().peerServer(LOOPBACK).port();
        assertOutcome(fx.calls().connect(connection.id(), LOOPBACK, other), -104, null);

        assertOutcome(fx.calls().getInfo(connection.id()), new SocketInfo("tcp", true, LOOPBACK,
                connection.peer().port(), LOOPBACK, connection.peer().remotePort()), null);
        assertOutcome(fx.calls().write(connection.id(), PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        connection.peer().expect(PAYLOAD);
        connection.peer().send(PAYLOAD);
        assertOutcome(fx.calls().read(connection.id(), null), new ReadInfo(PAYLOAD.length, PAYLOAD), null);
    }

    @Test
    void d02_recvFromOnTcpAnswersSocketNotFoundButTheSocketLives() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        int client = fx.sockets().freshTcp();
        var accepted = fx.calls().startAccept(listener.id());
        assertOutcome(fx.calls().connect(client, LOOPBACK, listener.port()), 0, null);
        int acceptedId = fx.calls().await(accepted).value().socketId();

        for (int id : new int[] {listener.id(), client, acceptedId, fx.sockets().secured().id()}) {
            assertOutcome(fx.calls().recvFrom(id, null), RecvFromInfo.of(-1), SOCKET_NOT_FOUND);
            assertEquals("tcp", fx.calls().getInfo(id).value().socketType(), "socket " + id + " is still there");
        }
    }

    @Test
    void d03_readWhileConnectIsPendingIsMinus15AndTheConnectGoesOn() {
        Sockets.Connecting connecting = fx.sockets().connectingTcp();
        assertOutcome(fx.calls().read(connecting.id(), null), ReadInfo.of(-15), null);

        connecting.listener().makeRoom();
        assertOutcome(fx.calls().await(connecting.connect()), 0, null);
        assertEquals(true, fx.calls().getInfo(connecting.id()).value().connected());
    }

    @Test
    void d04_theReadPendingWhenThePeerClosesGetsZeroTheNextGetsMinus15() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        var pending = fx.calls().startRead(connection.id(), null);
        connection.peer().close();
        assertOutcome(fx.calls().await(pending), ReadInfo.of(0), null);
        assertOutcome(fx.calls().read(connection.id(), null), ReadInfo.of(-15), null);
        assertOutcome(fx.calls().read(connection.id(), null), ReadInfo.of(-15), null);
    }

    @Test
    void d04_aReadAfterThePeerClosedGetsTheDataThenZeroThenMinus15() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        connection.peer().send(PAYLOAD);
        connection.peer().close();
        assertArrayEquals(PAYLOAD, fx.calls().readUntilEndOfStream(connection.id()));
        assertOutcome(fx.calls().read(connection.id(), null), ReadInfo.of(-15), null);
        assertOutcome(fx.calls().getInfo(connection.id()), new SocketInfo("tcp", false, null, null, null, null), null);
        assertOutcome(fx.calls().write(connection.id(), PAYLOAD), new WriteInfo(-15), null);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void d05_portsOutsideTheRangeGetNoArgumentAndTheMessage(int port) {
        int tcp = fx.sockets().freshTcp();
        int udp = fx.sockets().freshUdp();
        assertOutcome(fx.calls().connect(tcp, LOOPBACK, port), null, PORT_INVALID);
        assertOutcome(fx.calls().connect(udp, LOOPBACK, port), null, PORT_INVALID);
        assertOutcome(fx.calls().bind(udp, LOOPBACK, port), null, PORT_INVALID);
        assertOutcome(fx.calls().sendTo(udp, PAYLOAD, LOOPBACK, port), null, PORT_INVALID);
        assertOutcome(fx.calls().listen(tcp, LOOPBACK, port), null, PORT_INVALID);
    }

    @Test
    void d05_thePortIsCheckedBeforeTheSocketIsLookedUp() {
        int unknown = 31_337;
        assertOutcome(fx.calls().connect(unknown, LOOPBACK, 70000), null, PORT_INVALID);
        assertOutcome(fx.calls().bind(unknown, LOOPBACK, -5), null, PORT_INVALID);
        assertOutcome(fx.calls().sendTo(unknown, PAYLOAD, LOOPBACK, 65536), null, PORT_INVALID);
        assertOutcome(fx.calls().listen(unknown, LOOPBACK, -1), null, PORT_INVALID);
    }

    @Test
    void d05_theRangeEndsAreAccepted() {
        Sockets.BoundUdp udp = fx.sockets().boundUdp(LOOPBACK);
        assertOutcome(fx.calls().sendTo(udp.id(), PAYLOAD, LOOPBACK, 65535), new WriteInfo(PAYLOAD.length), null);
        assertOutcome(fx.calls().listen(fx.sockets().freshTcp(), LOOPBACK, 0), 0, null);
    }

    @Test
    void d06_bindOnATlsSocketIsMinus2WithoutLastErrorAndTlsGoesOn() {
        Sockets.Connection secured = fx.sockets().secured();
        assertOutcome(fx.calls().bind(secured.id(), LOOPBACK, 0), -2, null);
        assertOutcome(fx.calls().write(secured.id(), PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        secured.peer().expect(PAYLOAD);
    }

    @Test
    void d07_keepAliveWithoutDelayUsesTheOsTimersAndSucceeds() {
        int id = fx.sockets().connectedTcp(LOOPBACK).id();
        assertOutcome(fx.calls().setKeepAlive(id, true, null), true, null);
        assertOutcome(fx.calls().setKeepAlive(id, true, 0), true, null);
        assertOutcome(fx.calls().setKeepAlive(id, true, 1000), true, null);
        assertOutcome(fx.calls().setKeepAlive(id, false, null), true, null);
    }

    @Test
    void d08_udpConnectAfterBindKeepsTheBoundPort() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        assertOutcome(fx.calls().connect(bound.id(), LOOPBACK, peer.port()), 0, null);

        assertOutcome(fx.calls().getInfo(bound.id()),
                new SocketInfo("udp", true, LOOPBACK, peer.port(), LOOPBACK, bound.port()), null);
        assertOutcome(fx.calls().write(bound.id(), PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        assertEquals(bound.port(), peer.expect(PAYLOAD));
        peer.sendTo(bound.port(), PAYLOAD);
        assertOutcome(fx.calls().read(bound.id(), null), new ReadInfo(PAYLOAD.length, PAYLOAD), null);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -4096})
    void d09_aBufferSizeBelowOneIsMinus4ForEverySocketKind(int bufferSize) {
        assertOutcome(fx.calls().read(fx.sockets().connectedTcp(LOOPBACK).id(), bufferSize), ReadInfo.of(-4), null);
        assertOutcome(fx.calls().read(fx.sockets().secured().id(), bufferSize), ReadInfo.of(-4), null);
        int udp = fx.sockets().boundUdp(LOOPBACK).id();
        assertOutcome(fx.calls().read(udp, bufferSize), ReadInfo.of(-4), null);
        assertOutcome(fx.calls().recvFrom(udp, bufferSize), RecvFromInfo.of(-4), null);
    }

    @Test
    void d09_aRejectedZeroSizeReceiveConsumesNothing() {
        Sockets.BoundUdp udp = fx.sockets().boundUdp(LOOPBACK);
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        peer.sendTo(udp.port(), PAYLOAD);
        assertOutcome(fx.calls().recvFrom(udp.id(), 0), RecvFromInfo.of(-4), null);
        assertOutcome(fx.calls().recvFrom(udp.id(), null),
                new RecvFromInfo(PAYLOAD.length, PAYLOAD, LOOPBACK, peer.port()), null);

        Sockets.Connection tcp = fx.sockets().connectedTcp(LOOPBACK);
        tcp.peer().send(PAYLOAD);
        assertOutcome(fx.calls().read(tcp.id(), 0), ReadInfo.of(-4), null);
        assertArrayEquals(PAYLOAD, fx.calls().readExactly(tcp.id(), PAYLOAD.length));
    }

    @Test
    void d10_listenTwiceFailsAndTheFirstListenerKeepsWorking() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        assertOutcome(fx.calls().listen(listener.id(), LOOPBACK, 0), -2, LISTEN_FAILED);

        assertEquals(listener.port(), fx.calls().getInfo(listener.id()).value().localPort());
        TcpPeer client = fx.sockets().plainClient(LOOPBACK, listener.port());
        AcceptInfo accepted = fx.calls().accept(listener.id()).value();
        assertEquals(0, accepted.resultCode());
        assertEquals(client.port(), fx.calls().getInfo(accepted.socketId()).value().peerPort());
    }

    @Test
    void d11_aTlsSocketReportsTcp() {
        Sockets.Connection secured = fx.sockets().secured();
        assertOutcome(fx.calls().getInfo(secured.id()), new SocketInfo("tcp", true, LOOPBACK, secured.peer().port(),
                LOOPBACK, secured.peer().remotePort()), null);
    }

    @Test
    void d12_secureWaitsForTheWritesQueuedBeforeIt() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        CallbackOrder order = new CallbackOrder();
        List<byte[]> chunks = IntStream.range(0, 20).mapToObj(i -> TestData.pattern(1000, i)).toList();
        List<CompletableFuture<WriteInfo>> writes = new ArrayList<>();
        List<String> expectedOrder = new ArrayList<>();
        for (byte[] chunk : chunks) {
            String label = "write " + writes.size();
            writes.add(order.start(label, cb -> fx.engine().write(connection.id(), chunk, cb)));
            expectedOrder.add(label);
        }
        CompletableFuture<Integer> secure = order.start("secure", cb -> fx.engine().secure(connection.id(), null, cb));
        expectedOrder.add("secure");

        for (byte[] chunk : chunks) {
            connection.peer().expect(chunk);
        }
        CompletableFuture<Void> serverSide = connection.peer().startTlsServer(TestCertificates.serverContext(TestCertificates.ServerCertificate.TRUSTED));
        assertEquals(0, Await.result(secure));
        Await.result(serverSide);
        writes.forEach(write -> assertEquals(new WriteInfo(1000), Await.result(write)));
        assertEquals(expectedOrder, order.labels());

        assertOutcome(fx.calls().write(connection.id(), PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        connection.peer().expect(PAYLOAD);
    }

    @Test
    void d14_acceptOnAnUnknownIdIsMinus1SocketNotFound() {
        assertOutcome(fx.calls().accept(55_555), new AcceptInfo(-1, null), SOCKET_NOT_FOUND);
    }
}
