package org.socketworkbench.engine.conformance;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.WriteInfo;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.engine.conformance.ContractText.CONNECT_AND_LISTEN;
import static org.socketworkbench.engine.conformance.ContractText.LISTEN_FAILED;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * Contract §5.10 listen and §5.11 accept, beyond the single cells of the §7 matrix: failures and
 * what follows them, one pending accept, accepted sockets, the accept loop of the tcpserver sample
 * (§8), and a server's life after disconnect.
 */
class TcpServerTest {

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    @Test
    void listenOnPortZeroPicksAnEphemeralPort() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        assertTrue(listener.port() > 0);
        assertOutcome(fx.calls().getInfo(listener.id()),
                new SocketInfo("tcp", false, null, null, LOOPBACK, listener.port()), null);
    }

    @Test
    void theBacklogIsFiveUnlessGiven() {
        Sockets.Listener byDefault = fx.sockets().listening(LOOPBACK);
        assertEquals(5, KernelSockets.listenBacklog(byDefault.port()));

        int given = fx.sockets().freshTcp();
        assertOutcome(fx.calls().listen(given, LOOPBACK, 0, 50), 0, null);
        assertEquals(50, KernelSockets.listenBacklog(fx.calls().getInfo(given).value().localPort()));
    }

    @Test
    void listenOnABusyPortIsMinus147AndAcceptThenFailsWithoutLastError() {
        Sockets.Listener first = fx.sockets().listening(LOOPBACK);
        int second = fx.sockets().freshTcp();
        assertOutcome(fx.calls().listen(second, LOOPBACK, first.port()), -147, LISTEN_FAILED);
        assertOutcome(fx.calls().accept(second), new AcceptInfo(-2, null), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "", "127.0.0.256"})
    void listenOnAnAddressThatIsNotALiteralIsMinus108(String address) {
        int id = fx.sockets().freshTcp();
        assertOutcome(fx.calls().listen(id, address, 0), -108, LISTEN_FAILED);
        assertOutcome(fx.calls().accept(id), new AcceptInfo(-2, null), null);
    }

    @Test
    void listenOnAnAddressThisHostDoesNotHaveIsMinus108() {
        int id = fx.sockets().freshTcp();
        assertOutcome(fx.calls().listen(id, "203.0.113.7", 0), -108, LISTEN_FAILED);
        assertOutcome(fx.calls().accept(id), new AcceptInfo(-2, null), null);
    }

    @Test
    void aSecondPendingAcceptIsMinus2AndTheFirstStaysPending() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        var first = fx.calls().startAccept(listener.id());
        assertOutcome(fx.calls().accept(listener.id()), new AcceptInfo(-2, null), null);
        TcpPeer client = fx.sockets().plainClient(LOOPBACK, listener.port());
        AcceptInfo accepted = fx.calls().await(first).value();
        assertEquals(0, accepted.resultCode());
        assertEquals(client.port(), fx.calls().getInfo(accepted.socketId()).value().peerPort());
    }

    @Test
    void anAcceptedSocketIsAConnectedClient() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        TcpPeer client = fx.sockets().plainClient(LOOPBACK, listener.port());
        int accepted = fx.calls().accept(listener.id()).value().socketId();
        assertOutcome(fx.calls().getInfo(accepted),
                new SocketInfo("tcp", true, LOOPBACK, client.port(), LOOPBACK, listener.port()), null);

        assertOutcome(fx.calls().write(accepted, PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        client.expect(PAYLOAD);
        client.send(PAYLOAD);
        assertOutcome(fx.calls().read(accepted, null), new ReadInfo(PAYLOAD.length, PAYLOAD), null);
        assertOutcome(fx.calls().listen(accepted, LOOPBACK, 0), -11, CONNECT_AND_LISTEN);
    }

    @Test
    void acceptCanBeCalledAgainFromInsideItsCallback() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        List<Integer> accepted = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> both = new CompletableFuture<>();
        acceptLoop(listener.id(), accepted, both);
        fx.sockets().plainClient(LOOPBACK, listener.port());
        fx.sockets().plainClient(LOOPBACK, listener.port());
        Await.result(both);
        assertEquals(2, accepted.size());
        assertNotEquals(accepted.get(0), accepted.get(1));
    }

    /** The tcpserver sample's loop: every accept callback re-arms accept (§8). */
    private void acceptLoop(int listener, List<Integer> accepted, CompletableFuture<Void> both) {
        fx.engine().accept(listener, info -> {
            if (info.resultCode() != 0) {
                both.completeExceptionally(new AssertionError("accept failed: " + info));
                return;
            }
            accepted.add(info.socketId());
            if (accepted.size() == 2) {
                both.complete(null);
            } else {
                acceptLoop(listener, accepted, both);
            }
        });
    }

    @Test
    void aDisconnectedServerFailsAcceptCannotConnectAndMayListenAgain() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        fx.engine().disconnect(listener.id());
        assertOutcome(fx.calls().getInfo(listener.id()), new SocketInfo("tcp", false, null, null, null, null), null);
        assertOutcome(fx.calls().accept(listener.id()), new AcceptInfo(-2, null), null);
        assertOutcome(fx.calls().connect(listener.id(), LOOPBACK, fx.sockets().peerServer(LOOPBACK).port()), -104, null);

        assertOutcome(fx.calls().listen(listener.id(), LOOPBACK, 0), 0, null);
        int port = fx.calls().getInfo(listener.id()).value().localPort();
        var accept = fx.calls().startAccept(listener.id());
        fx.sockets().plainClient(LOOPBACK, port);
        assertEquals(0, fx.calls().await(accept).value().resultCode());
    }

    @Test
    void aServerPortLeftInTimeWaitCanBeListenedOnAgain() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        TcpPeer client = fx.sockets().plainClient(LOOPBACK, listener.port());
        int accepted = fx.calls().accept(listener.id()).value().socketId();
        fx.engine().destroy(accepted);
        client.expectEndOfStream();
        client.close();
        fx.engine().destroy(listener.id());
        assertOutcome(fx.calls().listen(fx.sockets().freshTcp(), LOOPBACK, listener.port()), 0, null);
    }
}
