package org.socketworkbench.engine.conformance;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.WriteInfo;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.engine.conformance.ContractText.SOCKET_NOT_FOUND;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;

/**
 * Contract D13 (§5.2, §5.5): an operation still pending when its socket is destroyed or
 * disconnected completes with -100 in its failure shape, without lastError; no callback is
 * dropped. Disconnect keeps the socket (and its kind); destroy removes it.
 */
class PendingCallbacksOnCloseTest {

    /** The content type that starts a TLS ClientHello. */
    private static final byte TLS_HANDSHAKE_RECORD = 0x16;

    /** How the socket is closed under the pending operation. */
    enum Closing {
        DESTROY((fx, id) -> fx.engine().destroy(id)),
        DISCONNECT((fx, id) -> fx.engine().disconnect(id));

        private final BiConsumer<EngineFixture, Integer> close;

        Closing(BiConsumer<EngineFixture, Integer> close) {
            this.close = close;
        }

        void close(EngineFixture fx, int id) {
            close.accept(fx, id);
        }

        /** Destroy removed the socket; disconnect left a socket of the same type, not connected. */
        void assertSocketAfterwards(EngineFixture fx, int id, String socketType) {
            Sync.Result<SocketInfo> info = fx.calls().getInfo(id);
            if (this == DESTROY) {
                assertOutcome(info, null, SOCKET_NOT_FOUND);
            } else {
                assertOutcome(info, new SocketInfo(socketType, false, null, null, null, null), null);
            }
        }
    }

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aPendingTcpRead(Closing closing) {
        int id = fx.sockets().connectedTcp(LOOPBACK).id();
        var read = fx.calls().startRead(id, null);
        closing.close(fx, id);
        assertOutcome(fx.calls().await(read), ReadInfo.of(-100), null);
        closing.assertSocketAfterwards(fx, id, "tcp");
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aPendingTlsRead(Closing closing) {
        int id = fx.sockets().secured().id();
        var read = fx.calls().startRead(id, null);
        closing.close(fx, id);
        assertOutcome(fx.calls().await(read), ReadInfo.of(-100), null);
        closing.assertSocketAfterwards(fx, id, "tcp");
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aPendingUdpRecvFrom(Closing closing) {
        int id = fx.sockets().boundUdp(LOOPBACK).id();
        var recvFrom = fx.calls().startRecvFrom(id, null);
        closing.close(fx, id);
        assertOutcome(fx.calls().await(recvFrom), RecvFromInfo.of(-100), null);
        closing.assertSocketAfterwards(fx, id, "udp");
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aPendingUdpRead(Closing closing) {
        int id = fx.sockets().boundUdp(LOOPBACK).id();
        var read = fx.calls().startRead(id, null);
        closing.close(fx, id);
        assertOutcome(fx.calls().await(read), ReadInfo.of(-100), null);
        closing.assertSocketAfterwards(fx, id, "udp");
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aPendingAccept(Closing closing) {
        int id = fx.sockets().listening(LOOPBACK).id();
        var accept = fx.calls().startAccept(id);
        closing.close(fx, id);
        assertOutcome(fx.calls().await(accept), new AcceptInfo(-100, null), null);
        closing.assertSocketAfterwards(fx, id, "tcp");
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aPendingConnect(Closing closing) {
        Sockets.Connecting connecting = fx.sockets().connectingTcp();
        closing.close(fx, connecting.id());
        assertOutcome(fx.calls().await(connecting.connect()), -100, null);
        closing.assertSocketAfterwards(fx, connecting.id(), "tcp");
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aWriteInProgressAndTheWritesQueuedBehindIt(Closing closing) {
        Sockets.Connection connection = fx.sockets().connectedToASlowReader();
        int id = connection.id();
        var inProgress = fx.calls().startWrite(id, new byte[Sockets.MORE_THAN_THE_BUFFERS_HOLD]);
        var queued = fx.calls().startWrite(id, TestData.PAYLOAD);
        connection.peer().receive(1);
        closing.close(fx, id);
        assertOutcome(fx.calls().await(inProgress), new WriteInfo(-100), null);
        assertOutcome(fx.calls().await(queued), new WriteInfo(-100), null);
        closing.assertSocketAfterwards(fx, id, "tcp");
    }

    /**
     * A write issued just before the close either finished first (all its bytes) or was cut short
     * (-100); it was never "not connected", whichever point of its life the close hit.
     */
    @ParameterizedTest
    @EnumSource(Closing.class)
    void aWriteIssuedJustBeforeTheCloseCompletesOrGetsMinus100(Closing closing) {
        for (int i = 0; i < 100; i++) {
            int id = fx.sockets().connectedTcp(LOOPBACK).id();
            var write = fx.calls().startWrite(id, TestData.PAYLOAD);
            closing.close(fx, id);
            int written = fx.calls().await(write).value().bytesWritten();
            assertTrue(written == TestData.PAYLOAD.length || written == -100, "write " + i + " got " + written);
        }
    }

    /** The same for a sendTo whose host name is still being resolved when the close comes. */
    @ParameterizedTest
    @EnumSource(Closing.class)
    void aSendToIssuedJustBeforeTheCloseCompletesOrGetsMinus100(Closing closing) {
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        for (int i = 0; i < 100; i++) {
            int id = fx.sockets().boundUdp(LOOPBACK).id();
            var sendTo = fx.calls().start((Callback<WriteInfo> cb) -> fx.engine().sendTo(id, TestData.PAYLOAD,
                    "localhost", peer.port(), cb));
            closing.close(fx, id);
            int written = fx.calls().await(sendTo).value().bytesWritten();
            assertTrue(written == TestData.PAYLOAD.length || written == -100, "sendTo " + i + " got " + written);
        }
    }

    @ParameterizedTest
    @EnumSource(Closing.class)
    void aPendingSecure(Closing closing) {
        Sockets.Connection silentServer = fx.sockets().connectedTcp(LOOPBACK);
        var secure = fx.calls().startSecure(silentServer.id(), null);
        assertEquals(TLS_HANDSHAKE_RECORD, silentServer.peer().receive(1)[0], "the ClientHello is on its way");
        closing.close(fx, silentServer.id());
        assertOutcome(fx.calls().await(secure), -100, null);
        closing.assertSocketAfterwards(fx, silentServer.id(), "tcp");
    }

    @Test
    void closingTheEngineCompletesEveryPendingCallback() {
        int read = fx.sockets().connectedTcp(LOOPBACK).id();
        int recvFrom = fx.sockets().boundUdp(LOOPBACK).id();
        int accept = fx.sockets().listening(LOOPBACK).id();
        CompletableFuture<Sync.Result<ReadInfo>> pendingRead = fx.calls().startRead(read, null);
        CompletableFuture<Sync.Result<RecvFromInfo>> pendingRecvFrom = fx.calls().startRecvFrom(recvFrom, null);
        CompletableFuture<Sync.Result<AcceptInfo>> pendingAccept = fx.calls().startAccept(accept);

        fx.engine().close();
        assertEquals(ReadInfo.of(-100), fx.calls().await(pendingRead).value());
        assertEquals(RecvFromInfo.of(-100), fx.calls().await(pendingRecvFrom).value());
        assertEquals(new AcceptInfo(-100, null), fx.calls().await(pendingAccept).value());
    }
}
