package org.socketworkbench.engine.conformance;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.WriteInfo;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.socketworkbench.engine.conformance.ContractText.CONNECT_AND_LISTEN;
import static org.socketworkbench.engine.conformance.ContractText.DNS_FAILED;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * Contract §5.3 connect, §5.5 disconnect, §5.6 read and §5.7 write on TCP clients, beyond the
 * single cells of the §7 matrix: DNS, buffer sizes, the one-read-at-a-time rule, resets, and the
 * write queue.
 */
class TcpClientTest {

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    // ------------------------------------------------------------------ §5.3 connect

    @Test
    void aRefusedConnectIsMinus102WithoutLastError() {
        int id = fx.sockets().freshTcp();
        assertOutcome(fx.calls().connect(id, LOOPBACK, Sockets.closedTcpPort()), -102, null);
        assertOutcome(fx.calls().getInfo(id), new SocketInfo("tcp", false, null, null, null, null), null);
    }

    @Test
    void aNameThatDoesNotResolveIsMinus105WithTheDnsMessage() {
        assertOutcome(fx.calls().connect(fx.sockets().freshTcp(), "", 80), -105, DNS_FAILED);
    }

    @Test
    void aHostNameIsResolvedAndTheAddressesStayNumeric() {
        PeerServer server = fx.sockets().peerServer(LOOPBACK);
        int id = fx.sockets().freshTcp();
        assertOutcome(fx.calls().connect(id, "localhost", server.port()), 0, null);
        TcpPeer peer = server.accept();
        assertOutcome(fx.calls().getInfo(id),
                new SocketInfo("tcp", true, LOOPBACK, server.port(), LOOPBACK, peer.remotePort()), null);
    }

    @Test
    void aConnectWhileTheFirstIsStillInProgressIsMinus104() {
        PeerServer first = fx.sockets().peerServer(LOOPBACK);
        PeerServer second = fx.sockets().peerServer(LOOPBACK);
        for (int i = 0; i < 50; i++) {
            int id = fx.sockets().freshTcp();
            var firstConnect = fx.calls().startConnect(id, LOOPBACK, first.port());
            var secondConnect = fx.calls().startConnect(id, LOOPBACK, second.port());
            assertOutcome(fx.calls().await(firstConnect), 0, null);
            assertOutcome(fx.calls().await(secondConnect), -104, null);
            first.accept();
        }
    }

    /** §4: a socket is a client as soon as connect starts, not when its DNS lookup is done. */
    @Test
    void listenRightAfterConnectIsMinus11() {
        PeerServer server = fx.sockets().peerServer(LOOPBACK);
        for (int i = 0; i < 50; i++) {
            int id = fx.sockets().freshTcp();
            var connect = fx.calls().startConnect(id, LOOPBACK, server.port());
            assertOutcome(fx.calls().listen(id, LOOPBACK, 0), -11, CONNECT_AND_LISTEN);
            assertOutcome(fx.calls().await(connect), 0, null);
            server.accept();
        }
    }

    // ------------------------------------------------------------------ §5.5 disconnect

    @Test
    void disconnectClosesTheConnectionIsIdempotentAndPrintsNothing() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        fx.engine().disconnect(connection.id());
        fx.engine().disconnect(connection.id());
        connection.peer().expectEndOfStream();
        assertOutcome(fx.calls().getInfo(connection.id()), new SocketInfo("tcp", false, null, null, null, null), null);
        fx.assertNoWarningSoFar();
    }

    // ------------------------------------------------------------------ §5.6 read

    @Test
    void aReadReturnsAtMostBufferSizeBytes() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        byte[] ten = TestData.pattern(10, 1);
        connection.peer().send(ten);
        assertOutcome(fx.calls().read(connection.id(), 4), new ReadInfo(4, Arrays.copyOf(ten, 4)), null);
        assertArrayEquals(Arrays.copyOfRange(ten, 4, 10), fx.calls().readExactly(connection.id(), 6));
    }

    @Test
    void withoutBufferSizeAReadReturnsAtMost4096Bytes() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        byte[] data = TestData.pattern(5000, 2);
        connection.peer().send(data);
        assertOutcome(fx.calls().read(connection.id(), null), new ReadInfo(4096, Arrays.copyOf(data, 4096)), null);
        assertArrayEquals(Arrays.copyOfRange(data, 4096, 5000), fx.calls().readExactly(connection.id(), 904));
    }

    /** Reads remember how much FIONREAD reported; whatever the sizes, no byte is lost or read twice. */
    @Test
    void readsOfMixedSizesTakeAStreamApartWithoutLosingOrRepeatingAByte() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        byte[] data = TestData.pattern(600_000, 9);
        connection.peer().send(data);
        int[] sizes = {1, 7, 4096, 65536, 3, 100_000};
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        for (int i = 0; received.size() < data.length; i++) {
            if (i % 5 == 0) {
                assertEquals(true, fx.calls().getInfo(connection.id()).value().connected());
            }
            ReadInfo read = fx.calls().read(connection.id(), sizes[i % sizes.length]).value();
            assertEquals(true, read.resultCode() > 0 && read.resultCode() <= sizes[i % sizes.length],
                    "read " + i + " returned " + read.resultCode());
            received.writeBytes(read.data());
        }
        assertArrayEquals(data, received.toByteArray());

        var pending = assertTimeoutPreemptively(Duration.ofSeconds(Sync.TIMEOUT_SECONDS),
                () -> fx.calls().startRead(connection.id(), 4096), "read() waited on the calling thread");
        connection.peer().send(PAYLOAD);
        assertOutcome(fx.calls().await(pending), new ReadInfo(PAYLOAD.length, PAYLOAD), null);
    }

    @Test
    void aSecondReadWhileOneIsPendingIsMinus1AndTheFirstIsUnaffected() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        var first = fx.calls().startRead(connection.id(), null);
        assertOutcome(fx.calls().read(connection.id(), null), ReadInfo.of(-1), null);
        connection.peer().send(PAYLOAD);
        assertOutcome(fx.calls().await(first), new ReadInfo(PAYLOAD.length, PAYLOAD), null);
    }

    /** §4: the liveness probe of getInfo and write must not lose or reorder unread bytes. */
    @Test
    void theLivenessProbeKeepsUnreadBytesInOrder() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        byte[] first = TestData.pattern(10, 7);
        byte[] second = TestData.pattern(10, 8);
        connection.peer().send(first);
        assertEquals(true, fx.calls().getInfo(connection.id()).value().connected());
        assertOutcome(fx.calls().write(connection.id(), PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        connection.peer().send(second);
        assertOutcome(fx.calls().read(connection.id(), 4), new ReadInfo(4, Arrays.copyOf(first, 4)), null);
        byte[] rest = fx.calls().readExactly(connection.id(), 16);
        assertArrayEquals(Arrays.copyOfRange(first, 4, 10), Arrays.copyOf(rest, 6));
        assertArrayEquals(second, Arrays.copyOfRange(rest, 6, 16));
    }

    @Test
    void aResetByThePeerFailsThePendingReadWithMinus101() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        var read = fx.calls().startRead(connection.id(), null);
        connection.peer().reset();
        assertOutcome(fx.calls().await(read), ReadInfo.of(-101), null);
        assertEquals(false, fx.calls().getInfo(connection.id()).value().connected());
    }

    // ------------------------------------------------------------------ §5.7 write

    @Test
    void writesRunInCallOrderAndEachReportsAllItsBytes() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        CallbackOrder order = new CallbackOrder();
        List<byte[]> chunks = IntStream.range(0, 100).mapToObj(i -> TestData.pattern(2000 + i, i)).toList();
        List<CompletableFuture<WriteInfo>> writes = new ArrayList<>();
        List<String> callOrder = new ArrayList<>();
        for (byte[] chunk : chunks) {
            String label = "write " + writes.size();
            writes.add(order.start(label, cb -> fx.engine().write(connection.id(), chunk, cb)));
            callOrder.add(label);
        }

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        chunks.forEach(expected::writeBytes);
        connection.peer().expect(expected.toByteArray());
        for (int i = 0; i < chunks.size(); i++) {
            assertEquals(new WriteInfo(chunks.get(i).length), Await.result(writes.get(i)));
        }
        assertEquals(callOrder, order.labels());
    }

    /**
     * The engine may hold a finished write's callback while the writes queued behind it run (one
     * wake-up for a batch), but only up to a bound: while the peer reads nothing, the writes the
     * kernel took are still reported, and once it reads, every write is, in order.
     */
    @Test
    void whileThePeerReadsNothingTheWritesTheKernelTookAreStillReported() {
        Sockets.Connection connection = fx.sockets().connectedToASlowReader();
        CallbackOrder order = new CallbackOrder();
        int count = Sockets.MORE_THAN_THE_BUFFERS_HOLD / (64 * 1024);
        List<byte[]> chunks = IntStream.range(0, count).mapToObj(i -> TestData.pattern(64 * 1024, i)).toList();
        List<CompletableFuture<WriteInfo>> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] chunk = chunks.get(i);
            writes.add(order.start("write " + i, cb -> fx.engine().write(connection.id(), chunk, cb)));
        }
        assertEquals(new WriteInfo(64 * 1024), Await.result(writes.get(0)));
        assertEquals(false, writes.get(count - 1).isDone(), "the buffers cannot hold every write yet");

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        chunks.forEach(expected::writeBytes);
        connection.peer().expect(expected.toByteArray());
        for (CompletableFuture<WriteInfo> write : writes) {
            assertEquals(new WriteInfo(64 * 1024), Await.result(write));
        }
        assertEquals(IntStream.range(0, count).mapToObj(i -> "write " + i).toList(), order.labels());
    }

    @Test
    void aWriteLargerThanTheSocketBuffersReportsEveryByte() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        byte[] big = TestData.pattern(8 * 1024 * 1024, 3);
        var write = fx.calls().startWrite(connection.id(), big);
        connection.peer().expect(big);
        assertOutcome(fx.calls().await(write), new WriteInfo(big.length), null);
    }

    @Test
    void aWriteThatFailsHalfwayReportsTheErrorNotAPartialCount() {
        Sockets.Connection connection = fx.sockets().connectedToASlowReader();
        var write = fx.calls().startWrite(connection.id(), new byte[Sockets.MORE_THAN_THE_BUFFERS_HOLD]);
        connection.peer().receive(1);
        connection.peer().reset();
        assertOutcome(fx.calls().await(write), new WriteInfo(-101), null);
    }

    @Test
    void aZeroLengthWriteWritesZeroBytes() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        assertOutcome(fx.calls().write(connection.id(), new byte[0]), new WriteInfo(0), null);
        assertOutcome(fx.calls().write(connection.id(), PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        connection.peer().expect(PAYLOAD);
    }
}
