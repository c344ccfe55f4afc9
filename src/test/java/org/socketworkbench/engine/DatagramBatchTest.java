package org.socketworkbench.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.testing.Eventually;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sendToBatch and recvFromBatch extensions over loopback, and their refusals. */
class DatagramBatchTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    private final Sync sync = new Sync(engine);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aBatchSentArrivesWholeInOrderEachStampedOnArrival() {
        int[] receiver = sync.boundUdp();
        int[] sender = sync.boundUdp();
        List<byte[]> datagrams = List.of(new byte[] {1}, new byte[] {2, 2}, new byte[0], new byte[] {4, 4, 4, 4});
        long before = EpochClock.nowNanos();
        assertEquals(new BatchWriteInfo(4, 0, 0), sync.value((Callback<BatchWriteInfo> cb) ->
                engine.sendToBatch(sender[0], datagrams, "127.0.0.1", receiver[1], cb)));
        List<ReceivedDatagram> received = new ArrayList<>();
        while (received.size() < datagrams.size()) {
            DatagramBatch batch = sync.value((Callback<DatagramBatch> cb) -> engine.recvFromBatch(receiver[0], 64, cb));
            assertEquals(0, batch.resultCode());
            assertTrue(!batch.datagrams().isEmpty(), "a batch answered 0 carries at least one datagram");
            received.addAll(batch.datagrams());
        }
        long previous = before;
        for (int i = 0; i < datagrams.size(); i++) {
            ReceivedDatagram datagram = received.get(i);
            assertArrayEquals(datagrams.get(i), datagram.data(), "datagram " + i);
            assertEquals("127.0.0.1", datagram.address());
            assertEquals(sender[1], datagram.port());
            assertTrue(datagram.arrivalNanos() >= previous, "arrivals in order, after the send");
            previous = datagram.arrivalNanos();
        }
    }

    @Test
    void aWaitingBatchReceiveGetsTheNextDatagramAndAtMostItsMaximum() {
        int[] receiver = sync.boundUdp();
        int[] sender = sync.boundUdp();
        CompletableFuture<Sync.Result<DatagramBatch>> waiting = sync.start(cb -> engine.recvFromBatch(receiver[0], 2, cb));
        assertEquals(NetError.IO_PENDING.code(), sync.value((Callback<DatagramBatch> cb) ->
                engine.recvFromBatch(receiver[0], 2, cb)).resultCode(), "one receive outstanding at a time");
        List<byte[]> three = List.of(new byte[] {1}, new byte[] {2}, new byte[] {3});
        sync.value((Callback<BatchWriteInfo> cb) -> engine.sendToBatch(sender[0], three, "127.0.0.1", receiver[1], cb));
        DatagramBatch first = Sync.await(waiting).value();
        assertEquals(0, first.resultCode());
        assertTrue(first.datagrams().size() <= 2, "at most the maximum: " + first.datagrams().size());
        int total = first.datagrams().size();
        while (total < 3) {
            total += sync.value((Callback<DatagramBatch> cb) -> engine.recvFromBatch(receiver[0], 2, cb)).datagrams().size();
        }
        assertEquals(3, total);
    }

    @Test
    void destroyingTheSocketAnswersTheWaitingReceiveAndItsThreadEnds() {
        int[] receiver = sync.boundUdp();
        CompletableFuture<Sync.Result<DatagramBatch>> waiting = sync.start(cb -> engine.recvFromBatch(receiver[0], 8, cb));
        Eventually.await(Duration.ofSeconds(10), () -> engine.stats().runningOperations() == 1,
                () -> "the wait is an operation: " + engine.stats());
        engine.destroy(receiver[0]);
        DatagramBatch answer = Sync.await(waiting).value();
        assertTrue(answer.resultCode() < 0 && answer.datagrams().isEmpty(), "answered with an error: " + answer);
        Eventually.await(Duration.ofSeconds(10), () -> engine.stats().runningOperations() == 0
                        && Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().startsWith("chrome.socket-udp-wait-")),
                () -> "the waiting thread ends: " + engine.stats());
    }

    @Test
    void aWriterFillsEachDatagramInTheSocketsBufferAndOneThatOverflowsFailsAlone() {
        int[] receiver = sync.boundUdp();
        int[] sender = sync.boundUdp();
        DatagramWriter writer = (index, datagram) -> {
            if (index == 1) {
                datagram.put(new byte[datagram.capacity() + 1]); // more than the largest UDP payload
            } else {
                datagram.putInt(index * 1000).put((byte) index);
            }
        };
        assertEquals(new BatchWriteInfo(2, 1, NetError.MSG_TOO_BIG.code()), sync.value((Callback<BatchWriteInfo> cb) ->
                engine.sendToBatch(sender[0], 3, writer, "127.0.0.1", receiver[1], cb)));
        List<ReceivedDatagram> received = new ArrayList<>();
        while (received.size() < 2) {
            received.addAll(sync.value((Callback<DatagramBatch> cb) -> engine.recvFromBatch(receiver[0], 64, cb))
                    .datagrams());
        }
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0}, received.get(0).data(), "big-endian, from position 0");
        assertArrayEquals(new byte[] {0, 0, 0x07, (byte) 0xD0, 2}, received.get(1).data(), "the third, the second failed");
    }

    @Test
    void refusalsComeOnceForTheWholeBatch() {
        int[] bound = sync.boundUdp();
        int fresh = sync.create("udp");
        List<byte[]> two = List.of(new byte[] {1}, new byte[] {2});
        assertEquals(new BatchWriteInfo(0, 2, NetError.SOCKET_NOT_CONNECTED.code()), sync.value(
                (Callback<BatchWriteInfo> cb) -> engine.sendToBatch(fresh, two, "127.0.0.1", 9, cb)));
        Sync.Result<BatchWriteInfo> name = sync.call(cb -> engine.sendToBatch(bound[0], two, "localhost", 9, cb));
        assertEquals(new BatchWriteInfo(0, 2, NetError.NAME_NOT_RESOLVED.code()), name.value(), "no lookup in a batch");
        assertEquals(NetError.INVALID_ARGUMENT.code(), sync.value((Callback<BatchWriteInfo> cb) ->
                engine.sendToBatch(bound[0], two, "127.0.0.1", 70000, cb)).lastResultCode());
        assertEquals(new BatchWriteInfo(0, 2, -1), sync.value((Callback<BatchWriteInfo> cb) ->
                engine.sendToBatch(9999, two, "127.0.0.1", 9, cb)));
        assertEquals(NetError.INVALID_ARGUMENT.code(), sync.value((Callback<DatagramBatch> cb) ->
                engine.recvFromBatch(bound[0], 0, cb)).resultCode());
        assertEquals(NetError.SOCKET_NOT_CONNECTED.code(), sync.value((Callback<DatagramBatch> cb) ->
                engine.recvFromBatch(fresh, 1, cb)).resultCode());
        int tcp = sync.create("tcp");
        assertEquals(-1, sync.value((Callback<DatagramBatch> cb) -> engine.recvFromBatch(tcp, 1, cb)).resultCode());
    }
}
