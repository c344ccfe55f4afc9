package org.socketworkbench.engine.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socketworkbench.engine.SocketState;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.engine.internal.TcpPhase.CONNECTED;
import static org.socketworkbench.engine.internal.TcpPhase.CONNECTING;
import static org.socketworkbench.engine.internal.TcpPhase.DISCONNECTED;
import static org.socketworkbench.engine.internal.TcpPhase.FRESH;
import static org.socketworkbench.engine.internal.TcpPhase.LISTENING;
import static org.socketworkbench.engine.internal.TcpPhase.PEER_FINISHED;
import static org.socketworkbench.engine.internal.TcpPhase.SECURED;
import static org.socketworkbench.engine.internal.TcpPhase.SECURING;
import static org.socketworkbench.engine.internal.TcpPhase.SERVER_CLOSED;
import static org.socketworkbench.engine.internal.TcpPhase.TLS_CLOSED;
import static org.socketworkbench.engine.internal.TcpPhase.TLS_PEER_FINISHED;

/** The TCP phase table: what each phase reports and allows, and where it goes (contract §4, §5). */
class TcpPhaseTest {

    @Test
    void observersSeeChromeStates() {
        Map<TcpPhase, SocketState> expected = Map.ofEntries(Map.entry(FRESH, SocketState.FRESH),
                Map.entry(CONNECTING, SocketState.CONNECTING), Map.entry(CONNECTED, SocketState.CONNECTED),
                Map.entry(SECURING, SocketState.CONNECTED), Map.entry(SECURED, SocketState.SECURED),
                Map.entry(LISTENING, SocketState.LISTENING), Map.entry(DISCONNECTED, SocketState.DISCONNECTED),
                Map.entry(SERVER_CLOSED, SocketState.DISCONNECTED), Map.entry(TLS_CLOSED, SocketState.DISCONNECTED),
                Map.entry(PEER_FINISHED, SocketState.PEER_CLOSED), Map.entry(TLS_PEER_FINISHED, SocketState.PEER_CLOSED));
        for (TcpPhase phase : TcpPhase.values()) {
            assertEquals(expected.get(phase), phase.state(), phase.name());
        }
    }

    @Test
    void whatEachPhaseAllows() {
        assertAllowed(EnumSet.of(FRESH, DISCONNECTED), TcpPhase::mayConnect, "connect");
        assertAllowed(EnumSet.of(FRESH, SERVER_CLOSED), TcpPhase::mayListen, "listen");
        assertAllowed(EnumSet.of(CONNECTING, CONNECTED, DISCONNECTED), TcpPhase::maySecure, "secure");
        assertAllowed(EnumSet.of(CONNECTED, SECURED), TcpPhase::readable, "read");
        assertAllowed(EnumSet.of(CONNECTED, SECURING, SECURED, PEER_FINISHED, TLS_PEER_FINISHED), TcpPhase::hasConnection,
                "a connection");
        assertAllowed(EnumSet.of(SECURED, TLS_PEER_FINISHED, TLS_CLOSED), TcpPhase::isTls, "TLS");
        assertAllowed(EnumSet.of(LISTENING, SERVER_CLOSED), TcpPhase::isServer, "server");
        assertAllowed(EnumSet.of(CONNECTING, CONNECTED, SECURING, SECURED, PEER_FINISHED, TLS_PEER_FINISHED,
                        DISCONNECTED, TLS_CLOSED),
                TcpPhase::isClient, "client");
    }

    @Test
    void aLostConnectionKeepsTheRole() {
        assertEquals(DISCONNECTED, CONNECTED.connectionLost());
        assertEquals(DISCONNECTED, SECURING.connectionLost());
        assertEquals(TLS_CLOSED, SECURED.connectionLost());
        assertEquals(TLS_CLOSED, SECURED.peerFinished(false, true));
        assertEquals(DISCONNECTED, CONNECTED.peerFinished(false, false));
        assertEquals(DISCONNECTED, PEER_FINISHED.connectionLost());
        assertEquals(TLS_CLOSED, TLS_PEER_FINISHED.connectionLost());
    }

    @Test
    void keepingTheWriteSideOpenAfterTheFinIsForPlainConnectionsAndTlsThatCanStillSend() {
        assertEquals(PEER_FINISHED, CONNECTED.peerFinished(true, false));
        assertEquals(TLS_PEER_FINISHED, SECURED.peerFinished(true, true), "TLS 1.3 half-closes");
        assertEquals(TLS_CLOSED, SECURED.peerFinished(true, false), "TLS 1.2 answered close_notify: it cannot send");
        assertEquals(DISCONNECTED, PEER_FINISHED.disconnected());
        assertEquals(TLS_CLOSED, TLS_PEER_FINISHED.disconnected());
    }

    @ParameterizedTest
    @EnumSource(value = TcpPhase.class, names = {"FRESH", "CONNECTING", "LISTENING", "DISCONNECTED", "SERVER_CLOSED",
            "TLS_CLOSED"})
    void withoutAConnectionNothingIsLost(TcpPhase phase) {
        assertEquals(phase, phase.connectionLost());
    }

    @Test
    void disconnectKeepsTheRole() {
        assertEquals(FRESH, FRESH.disconnected());
        for (TcpPhase client : EnumSet.of(CONNECTING, CONNECTED, SECURING, DISCONNECTED)) {
            assertEquals(DISCONNECTED, client.disconnected(), client.name());
        }
        assertEquals(SERVER_CLOSED, LISTENING.disconnected());
        assertEquals(SERVER_CLOSED, SERVER_CLOSED.disconnected());
        assertEquals(TLS_CLOSED, SECURED.disconnected());
        assertEquals(TLS_CLOSED, TLS_CLOSED.disconnected());
    }

    private static void assertAllowed(EnumSet<TcpPhase> allowed, Predicate<TcpPhase> question,
                                      String what) {
        for (TcpPhase phase : TcpPhase.values()) {
            if (allowed.contains(phase)) {
                assertTrue(question.test(phase), phase + " allows " + what);
            } else {
                assertFalse(question.test(phase), phase + " does not allow " + what);
            }
        }
    }
}
