package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.tls.TestCertificates;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.WriteInfo;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.engine.conformance.ContractText.CONNECT_AND_LISTEN;
import static org.socketworkbench.engine.conformance.ContractText.LISTEN_FAILED;
import static org.socketworkbench.engine.conformance.ContractText.MULTICAST_TYPE;
import static org.socketworkbench.engine.conformance.ContractText.NET_SOCKET_IS_CONNECTED;
import static org.socketworkbench.engine.conformance.ContractText.NET_SOCKET_NOT_CONNECTED;
import static org.socketworkbench.engine.conformance.ContractText.NOT_CONNECTED;
import static org.socketworkbench.engine.conformance.ContractText.PERMISSION;
import static org.socketworkbench.engine.conformance.ContractText.SECURE_TYPE;
import static org.socketworkbench.engine.conformance.ContractText.SOCKET_NOT_FOUND;
import static org.socketworkbench.engine.conformance.ContractText.TCP_BIND;
import static org.socketworkbench.engine.conformance.ContractText.TLS_LISTEN;
import static org.socketworkbench.engine.conformance.ContractText.TYPE_NOT_SUPPORTED;
import static org.socketworkbench.engine.conformance.MethodStateMatrixTest.Column.S;
import static org.socketworkbench.engine.conformance.MethodStateMatrixTest.Column.T0;
import static org.socketworkbench.engine.conformance.MethodStateMatrixTest.Column.TC;
import static org.socketworkbench.engine.conformance.MethodStateMatrixTest.Column.TD;
import static org.socketworkbench.engine.conformance.MethodStateMatrixTest.Column.TL;
import static org.socketworkbench.engine.conformance.MethodStateMatrixTest.Column.U0;
import static org.socketworkbench.engine.conformance.MethodStateMatrixTest.Column.UB;
import static org.socketworkbench.engine.conformance.MethodStateMatrixTest.Column.UC;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * Contract §7, the method × socket-state matrix: one test per cell, with all permissions granted
 * (the permission column "perm →" is §3.4's business, see {@link PermissionsTest}). The table
 * below reads like the contract's: a row per method, the columns T0 TC TD TL U0 UB UC S. Column
 * TD runs once for every way a client ends up not connected.
 */
class MethodStateMatrixTest {

    /** The contract's columns. */
    enum Column { T0, TC, TD, TL, U0, UB, UC, S }

    /** The states the cells run in; several are column TD. */
    enum State {
        FRESH_TCP(T0, "fresh TCP"),
        CONNECTED_TCP(TC, "connected TCP client"),
        CONNECT_PENDING(TD, "connect still pending"),
        CONNECT_REFUSED(TD, "connect refused"),
        PEER_CLOSED(TD, "peer closed, data consumed"),
        DISCONNECTED(TD, "disconnected client"),
        LISTENING(TL, "listening TCP"),
        FRESH_UDP(U0, "fresh UDP"),
        BOUND_UDP(UB, "bound UDP"),
        CONNECTED_UDP(UC, "connected UDP"),
        SECURED(S, "secured TLS");

        final Column column;
        final String description;

        State(Column column, String description) {
            this.column = column;
            this.description = description;
        }
    }

    private static final String GROUP = "239.255.77.1";

    private static final List<Row<?>> MATRIX = List.of(
            method("connect", s -> s.calls().connect(s.id(), LOOPBACK, s.target()))
                    .at(T0).is(0)
                    .at(TC).is(-104)                                            // D1
                    .at(TD).check((s, call) -> assertOutcome(call.get(),
                            s.state() == State.CONNECT_PENDING ? -104 : 0, null)) // a connect in progress: -104 (§5.3)
                    .at(TL).is(-104)
                    .at(U0).is(0)
                    .at(UB).is(0)                                               // D8
                    .at(UC).is(-104)
                    .at(S).is(-1, PERMISSION),

            method("bind", s -> s.calls().bind(s.id(), LOOPBACK, 0))
                    .at(T0, TC, TD, TL).is(-1, TCP_BIND)
                    .at(U0).is(0)
                    .at(UB, UC).is(-104)
                    .at(S).is(-2),                                              // D6

            method("listen", s -> s.calls().listen(s.id(), LOOPBACK, 0))
                    .at(T0).is(0)
                    .at(TC, TD).is(-11, CONNECT_AND_LISTEN)
                    .at(TL).is(-2, LISTEN_FAILED)                               // D10
                    .at(U0, UB, UC).is(-2, TYPE_NOT_SUPPORTED)
                    .at(S).is(-11, TLS_LISTEN),

            method("accept", s -> s.calls().accept(s.id()))
                    .at(T0, TC, TD, U0, UB, UC, S).is(new AcceptInfo(-2, null))
                    .at(TL).check(MethodStateMatrixTest::acceptsAQueuedConnection),

            method("read", s -> s.calls().read(s.id(), null))
                    .at(T0, TL).is(ReadInfo.of(-2))
                    .at(TC, UB, UC, S).check(MethodStateMatrixTest::readsWhatThePeerSent)
                    .at(TD, U0).is(ReadInfo.of(-15)),

            method("write", s -> s.calls().write(s.id(), PAYLOAD))
                    .at(T0, TL, UB).is(new WriteInfo(-2))                       // UB: Linux EDESTADDRREQ
                    .at(TC, UC, S).check(MethodStateMatrixTest::writesToThePeer)
                    .at(TD, U0).is(new WriteInfo(-15)),

            method("recvFrom", s -> s.calls().recvFrom(s.id(), null))
                    .at(T0, TC, TD, TL, S).is(RecvFromInfo.of(-1), SOCKET_NOT_FOUND) // D2
                    .at(U0).is(RecvFromInfo.of(-15))
                    .at(UB, UC).check(MethodStateMatrixTest::receivesFromThePeer),

            method("sendTo", s -> s.calls().sendTo(s.id(), PAYLOAD, LOOPBACK, s.target()))
                    .at(T0, TC, TD, TL, S).is(new WriteInfo(-2))
                    .at(U0).is(new WriteInfo(-15))
                    .at(UB, UC).check(MethodStateMatrixTest::sendsToThePeer),

            method("setKeepAlive", s -> s.calls().setKeepAlive(s.id(), true, 1000))
                    .at(TC).is(true)
                    .at(T0, TD, TL, U0, UB, UC, S).is(false),

            method("setNoDelay", s -> s.calls().setNoDelay(s.id(), true))
                    .at(TC).is(true)
                    .at(T0, TD, TL, U0, UB, UC, S).is(false),

            method("getInfo", s -> s.calls().getInfo(s.id()))
                    .at(T0, TD).is(new SocketInfo("tcp", false, null, null, null, null))
                    .at(TC, S).expect(s -> new SocketInfo("tcp", true, LOOPBACK, s.tcpPeer().port(),
                            LOOPBACK, s.tcpPeer().remotePort()))                // S: D11
                    .at(TL).expect(s -> new SocketInfo("tcp", false, null, null, LOOPBACK, s.localPort()))
                    .at(U0).is(new SocketInfo("udp", false, null, null, null, null))
                    .at(UB).expect(s -> new SocketInfo("udp", false, null, null, LOOPBACK, s.localPort()))
                    .at(UC).expect(s -> new SocketInfo("udp", true, LOOPBACK, s.udpPeer().port(),
                            LOOPBACK, s.localPort())),

            method("joinGroup", s -> s.calls().joinGroup(s.id(), GROUP))
                    .at(T0, TC, TD, TL, S).is(-1, MULTICAST_TYPE)
                    .at(U0).is(-15, NET_SOCKET_NOT_CONNECTED)
                    .at(UB, UC).is(0),

            method("setMulticastTimeToLive", s -> s.calls().setMulticastTimeToLive(s.id(), 0))
                    .at(T0, TC, TD, TL, S).is(-1, MULTICAST_TYPE)
                    .at(U0).is(0)
                    .at(UB, UC).is(-23, NET_SOCKET_IS_CONNECTED),

            method("setMulticastLoopbackMode", s -> s.calls().setMulticastLoopbackMode(s.id(), true))
                    .at(T0, TC, TD, TL, S).is(-1, MULTICAST_TYPE)
                    .at(U0).is(0)
                    .at(UB, UC).is(-23, NET_SOCKET_IS_CONNECTED),

            method("secure", s -> s.calls().secure(s.id(), null))
                    .at(T0, TL, U0, UB, UC, S).is(-4, SECURE_TYPE)
                    .at(TC).check(MethodStateMatrixTest::handshakesWithThePeer)
                    .at(TD).is(-4, NOT_CONNECTED));

    @TestFactory
    Stream<DynamicContainer> matrix() {
        return MATRIX.stream().map(row -> DynamicContainer.dynamicContainer(row.method,
                Arrays.stream(State.values()).map(state -> DynamicTest.dynamicTest(
                        row.method + " × " + state.column + " (" + state.description + ")",
                        () -> row.run(state)))));
    }

    @TestFactory
    Stream<DynamicTest> everyRowFillsEveryColumn() {
        return MATRIX.stream().map(row -> DynamicTest.dynamicTest(row.method,
                () -> assertEquals(EnumSet.allOf(Column.class), row.cells.keySet())));
    }

    // ------------------------------------------------------------------ cells that need the peer

    private static void readsWhatThePeerSent(Subject s, Supplier<Sync.Result<ReadInfo>> read) {
        s.peerSends(PAYLOAD);
        assertOutcome(read.get(), new ReadInfo(PAYLOAD.length, PAYLOAD), null);
    }

    private static void writesToThePeer(Subject s, Supplier<Sync.Result<WriteInfo>> write) {
        assertOutcome(write.get(), new WriteInfo(PAYLOAD.length), null);
        s.peerExpects(PAYLOAD);
    }

    private static void receivesFromThePeer(Subject s, Supplier<Sync.Result<RecvFromInfo>> recvFrom) {
        s.peerSends(PAYLOAD);
        assertOutcome(recvFrom.get(), new RecvFromInfo(PAYLOAD.length, PAYLOAD, LOOPBACK, s.udpPeer().port()), null);
    }

    private static void sendsToThePeer(Subject s, Supplier<Sync.Result<WriteInfo>> sendTo) {
        assertOutcome(sendTo.get(), new WriteInfo(PAYLOAD.length), null);
        assertEquals(s.localPort(), s.udpPeer().expect(PAYLOAD), "sent from the socket's own port");
    }

    private static void acceptsAQueuedConnection(Subject s, Supplier<Sync.Result<AcceptInfo>> accept) {
        TcpPeer client = s.fixture().sockets().plainClient(LOOPBACK, s.localPort());
        Sync.Result<AcceptInfo> result = accept.get();
        assertEquals(0, result.value().resultCode());
        Integer accepted = result.value().socketId();
        assertNotNull(accepted, "socketId of the accepted connection");
        assertTrue(accepted > 0);
        assertNotEquals(s.id(), accepted);
        assertTrue(result.lastError().isEmpty());
        assertOutcome(s.calls().getInfo(accepted),
                new SocketInfo("tcp", true, LOOPBACK, client.port(), LOOPBACK, s.localPort()), null);
    }

    private static void handshakesWithThePeer(Subject s, Supplier<Sync.Result<Integer>> secure) {
        CompletableFuture<Void> serverSide = s.tcpPeer().startTlsServer(TestCertificates.serverContext(TestCertificates.ServerCertificate.TRUSTED));
        assertOutcome(secure.get(), 0, null);
        Await.result(serverSide);
    }

    // ------------------------------------------------------------------ the socket under test

    /**
     * The socket under test in one state, and what it talks to.
     *
     * @param tcpPeer   the plain far end of a connected or secured TCP socket, else null
     * @param udpPeer   a plain UDP socket for UDP states, else null
     * @param localPort the socket's own port where the state has one, else 0
     * @param target    where connect and sendTo go: a live listener (TCP) or the UDP peer
     */
    record Subject(EngineFixture fixture, State state, int id, TcpPeer tcpPeer, UdpPeer udpPeer, int localPort,
                   int target) {

        Calls calls() {
            return fixture.calls();
        }

        static Subject in(EngineFixture fx, State state) {
            Sockets sockets = fx.sockets();
            return switch (state) {
                case FRESH_TCP -> tcp(fx, state, sockets.freshTcp());
                case CONNECTED_TCP -> connected(fx, state, sockets.connectedTcp(LOOPBACK));
                case CONNECT_PENDING -> tcp(fx, state, sockets.connectingTcp().id());
                case CONNECT_REFUSED -> tcp(fx, state, sockets.refusedTcp());
                case PEER_CLOSED -> tcp(fx, state, sockets.peerClosedTcp());
                case DISCONNECTED -> tcp(fx, state, sockets.disconnectedTcp());
                case LISTENING -> {
                    Sockets.Listener listener = sockets.listening(LOOPBACK);
                    yield new Subject(fx, state, listener.id(), null, null, listener.port(),
                            sockets.peerServer(LOOPBACK).port());
                }
                case FRESH_UDP -> udp(fx, state, sockets.freshUdp(), 0);
                case BOUND_UDP -> {
                    Sockets.BoundUdp bound = sockets.boundUdp(LOOPBACK);
                    yield udp(fx, state, bound.id(), bound.port());
                }
                case CONNECTED_UDP -> {
                    Sockets.ConnectedUdp connected = sockets.connectedUdp(sockets.udpPeer(LOOPBACK));
                    yield new Subject(fx, state, connected.id(), null, connected.peer(), connected.localPort(),
                            connected.peer().port());
                }
                case SECURED -> connected(fx, state, sockets.secured());
            };
        }

        private static Subject tcp(EngineFixture fx, State state, int id) {
            return new Subject(fx, state, id, null, null, 0, fx.sockets().peerServer(LOOPBACK).port());
        }

        private static Subject connected(EngineFixture fx, State state, Sockets.Connection connection) {
            return new Subject(fx, state, connection.id(), connection.peer(), null, connection.peer().remotePort(),
                    fx.sockets().peerServer(LOOPBACK).port());
        }

        private static Subject udp(EngineFixture fx, State state, int id, int localPort) {
            UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
            return new Subject(fx, state, id, null, peer, localPort, peer.port());
        }

        void peerSends(byte[] data) {
            if (tcpPeer != null) {
                tcpPeer.send(data);
            } else {
                udpPeer.sendTo(localPort, data);
            }
        }

        void peerExpects(byte[] data) {
            if (tcpPeer != null) {
                tcpPeer.expect(data);
            } else {
                assertEquals(localPort, udpPeer.expect(data), "sent from the socket's own port");
            }
        }
    }

    // ------------------------------------------------------------------ the table's grammar

    /** What one cell checks, given the subject and the row's call. */
    @FunctionalInterface
    interface Cell<T> {
        void check(Subject subject, Supplier<Sync.Result<T>> call);
    }

    private static <T> Row<T> method(String name, Function<Subject, Sync.Result<T>> call) {
        return new Row<>(name, call);
    }

    /** One method's row: its call and a cell per column. */
    static final class Row<T> {
        final String method;
        final Function<Subject, Sync.Result<T>> call;
        final Map<Column, Cell<T>> cells = new EnumMap<>(Column.class);

        Row(String method, Function<Subject, Sync.Result<T>> call) {
            this.method = method;
            this.call = call;
        }

        Columns at(Column first, Column... more) {
            return new Columns(EnumSet.of(first, more));
        }

        void run(State state) throws Exception {
            try (EngineFixture fx = new EngineFixture()) {
                Subject subject = Subject.in(fx, state);
                cells.get(state.column).check(subject, () -> call.apply(subject));
            }
        }

        /** The columns the next expectation applies to. */
        final class Columns {
            private final Set<Column> columns;

            Columns(Set<Column> columns) {
                this.columns = columns;
            }

            /** The callback gets {@code value}, no lastError. */
            Row<T> is(T value) {
                return is(value, null);
            }

            /** The callback gets {@code value}, lastError is exactly {@code lastError}. */
            Row<T> is(T value, String lastError) {
                return check((s, call) -> assertOutcome(call.get(), value, lastError));
            }

            /** The callback gets a value that depends on the subject's addresses, no lastError. */
            Row<T> expect(Function<Subject, T> value) {
                return check((s, call) -> assertOutcome(call.get(), value.apply(s), null));
            }

            Row<T> check(Cell<T> cell) {
                for (Column column : columns) {
                    if (cells.put(column, cell) != null) {
                        throw new IllegalStateException(method + " has two cells for " + column);
                    }
                }
                return Row.this;
            }
        }
    }
}
