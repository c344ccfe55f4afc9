package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.tls.TestCertificates;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.WriteInfo;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.socketworkbench.engine.conformance.ContractText.NET_CERT_AUTHORITY_INVALID;
import static org.socketworkbench.engine.conformance.ContractText.NET_INVALID_ARGUMENT;
import static org.socketworkbench.engine.conformance.ContractText.SOCKET_NOT_FOUND;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * Contract §5.21 secure, beyond the preconditions in the §7 matrix (wrong type, not connected)
 * and §5.0 (unknown id): a read outstanding at the upgrade, one read at a time on the TLS socket,
 * its end of stream (D4) and disconnect (§5.6: closed → -15), a failed handshake, and the server
 * name taken from connect(). The TLS error mapping itself is the tls branch's suite.
 */
class SecureTest {

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    @Test
    void aReadOutstandingFailsSecureWithMinus4AndDestroysTheSocket() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        var read = fx.calls().startRead(connection.id(), null);
        assertOutcome(fx.calls().secure(connection.id(), null), -4, NET_INVALID_ARGUMENT);
        assertOutcome(fx.calls().await(read), ReadInfo.of(-100), null);
        assertOutcome(fx.calls().getInfo(connection.id()), null, SOCKET_NOT_FOUND);
        connection.peer().expectEndOfStream();
    }

    @Test
    void aSecondTlsReadWhileOneIsPendingIsMinus1AndTheFirstIsUnaffected() {
        Sockets.Connection secured = fx.sockets().secured();
        var first = fx.calls().startRead(secured.id(), null);
        assertOutcome(fx.calls().read(secured.id(), null), ReadInfo.of(-1), null);
        secured.peer().send(PAYLOAD);
        assertOutcome(fx.calls().await(first), new ReadInfo(PAYLOAD.length, PAYLOAD), null);
    }

    @Test
    void theTlsPeersCloseNotifyReadsAsZeroThenMinus15() {
        Sockets.Connection secured = fx.sockets().secured();
        secured.peer().send(PAYLOAD);
        secured.peer().shutdownOutput();
        assertArrayEquals(PAYLOAD, fx.calls().readUntilEndOfStream(secured.id()));
        assertOutcome(fx.calls().read(secured.id(), null), ReadInfo.of(-15), null);
    }

    @Test
    void aDisconnectedTlsSocketCannotReadOrWrite() {
        Sockets.Connection secured = fx.sockets().secured();
        fx.engine().disconnect(secured.id());
        assertOutcome(fx.calls().read(secured.id(), null), ReadInfo.of(-15), null);
        assertOutcome(fx.calls().write(secured.id(), PAYLOAD), new WriteInfo(-15), null);
        assertOutcome(fx.calls().getInfo(secured.id()), new SocketInfo("tcp", false, null, null, null, null), null);
    }

    @Test
    void aFailedHandshakeRemovesTheSocket() throws Exception {
        try (EngineFixture untrusting = new EngineFixture(SocketEngine.builder())) {
            Sockets.Connection connection = untrusting.sockets().connectedTcp(LOOPBACK);
            connection.peer().startTlsServer(TestCertificates.serverContext(TestCertificates.ServerCertificate.TRUSTED));
            assertOutcome(untrusting.calls().secure(connection.id(), null), -202, NET_CERT_AUTHORITY_INVALID);
            assertOutcome(untrusting.calls().getInfo(connection.id()), null, SOCKET_NOT_FOUND);
        }
    }

    @Test
    void theServerNameIsTheHostNameGivenToConnect() {
        PeerServer server = fx.sockets().peerServer(LOOPBACK);
        int id = fx.sockets().freshTcp();
        assertOutcome(fx.calls().connect(id, "localhost", server.port()), 0, null);
        TcpPeer peer = server.accept();
        CompletableFuture<Void> serverSide = peer.startTlsServer(TestCertificates.serverContext(TestCertificates.ServerCertificate.TRUSTED));
        assertOutcome(fx.calls().secure(id, null), 0, null);
        Await.result(serverSide);

        assertOutcome(fx.calls().write(id, PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        peer.expect(PAYLOAD);
        assertOutcome(fx.calls().getInfo(id),
                new SocketInfo("tcp", true, LOOPBACK, server.port(), LOOPBACK, peer.remotePort()), null);
    }
}
