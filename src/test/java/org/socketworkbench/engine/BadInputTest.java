package org.socketworkbench.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets Chrome's answer: nothing throws (except where src/docs/java-api.md says), nothing hangs. */
class BadInputTest {

    private static final String PORT_INVALID = "Port must be a value between 0 and 65535.";

    private final SocketEngine engine = SocketEngine.builder().build();
    private final Sync sync = new Sync(engine);

    @AfterEach
    void close() {
        engine.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void portsOutOfRangeGiveACallbackWithoutArgumentAndChromesMessage(int port) {
        int tcp = sync.create("tcp");
        int udp = sync.create("udp");
        List<Sync.Result<?>> results = List.of(
                sync.call((Callback<Integer> cb) -> engine.connect(tcp, "127.0.0.1", port, cb)),
                sync.call((Callback<Integer> cb) -> engine.bind(udp, "127.0.0.1", port, cb)),
                sync.call((Callback<Integer> cb) -> engine.listen(tcp, "127.0.0.1", port, null, cb)),
                sync.call((Callback<WriteInfo> cb) -> engine.sendTo(udp, new byte[1], "127.0.0.1", port, cb)));
        for (Sync.Result<?> result : results) {
            assertNull(result.value());
            assertEquals(PORT_INVALID, result.error());
        }
    }

    @Test
    void hostnamesThatDoNotResolveGiveMinus105AndTheDnsMessage() {
        int tcp = sync.create("tcp");
        Sync.Result<Integer> connect = sync.call(cb -> engine.connect(tcp, "no-such-host.invalid", 80, cb));
        assertEquals(-105, connect.value());
        assertEquals("DNS resolution failed", connect.error());
        int[] udp = sync.boundUdp();
        Sync.Result<WriteInfo> sendTo = sync.call(cb -> engine.sendTo(udp[0], new byte[1], "no-such-host.invalid", 9, cb));
        assertEquals(new WriteInfo(-105), sendTo.value());
        assertEquals("DNS resolution failed", sendTo.error());
        Sync.Result<Integer> empty = sync.call(cb -> engine.connect(tcp, "", 80, cb));
        assertEquals(-105, empty.value());
    }

    @Test
    void negativeZeroAndHugeBufferSizes() {
        int[] pair = sync.connectedPair();
        assertEquals(-4, sync.value((Callback<ReadInfo> cb) -> engine.read(pair[1], -1, cb)).resultCode());
        assertEquals(-4, sync.value((Callback<ReadInfo> cb) -> engine.read(pair[1], 0, cb)).resultCode());
        engine.write(pair[2], new byte[] {7, 8, 9}, written -> { });
        ReadInfo huge = sync.value((Callback<ReadInfo> cb) -> engine.read(pair[1], Integer.MAX_VALUE, cb));
        assertArrayEquals(new byte[] {7, 8, 9}, huge.data());

        int[] a = sync.boundUdp();
        int[] b = sync.boundUdp();
        assertEquals(-4, sync.value((Callback<RecvFromInfo> cb) -> engine.recvFrom(b[0], -5, cb)).resultCode());
        engine.sendTo(a[0], new byte[] {1}, "127.0.0.1", b[1], sent -> { });
        RecvFromInfo received = sync.value((Callback<RecvFromInfo> cb) -> engine.recvFrom(b[0], Integer.MAX_VALUE, cb));
        assertEquals(1, received.resultCode());
    }

    @Test
    void emptyWriteReportsZeroBytes() {
        int[] pair = sync.connectedPair();
        assertEquals(0, sync.value((Callback<WriteInfo> cb) -> engine.write(pair[1], new byte[0], cb)).bytesWritten());
        assertEquals(0, sync.value((Callback<WriteInfo> cb) -> engine.write(pair[1], null, cb)).bytesWritten());
    }

    @Test
    void a64MiBWriteArrivesWhole() throws Exception {
        int[] pair = sync.connectedPair();
        byte[] big = new byte[64 << 20];
        new Random(64).nextBytes(big);
        CompletableFuture<WriteInfo> written = new CompletableFuture<>();
        engine.write(pair[1], big, written::complete);
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        long total = 0;
        while (total < big.length) {
            ReadInfo info = sync.value((Callback<ReadInfo> cb) -> engine.read(pair[2], 1 << 20, cb));
            assertTrue(info.resultCode() > 0, "read " + info.resultCode());
            received.update(info.data());
            total += info.resultCode();
        }
        assertEquals(big.length, written.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS).bytesWritten());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(big), received.digest());
    }

    @Test
    void nullStringsAreAnsweredNotThrown() {
        int udp = sync.create("udp");
        assertEquals(-4, sync.value((Callback<Integer> cb) -> engine.bind(udp, null, 0, cb)));
        int tcp = sync.create("tcp");
        assertEquals(-105, sync.value((Callback<Integer> cb) -> engine.connect(tcp, null, 80, cb)));
        assertEquals(-108, sync.value((Callback<Integer> cb) -> engine.listen(tcp, null, 0, null, cb)));
    }

    @Test
    void callsAfterCloseAreAnsweredAndNothingHangs() {
        int id = sync.create("tcp");
        engine.close();
        Sync.Result<CreateInfo> create = sync.call(cb -> engine.create("udp", null, cb));
        assertEquals(-1, create.value().socketId());
        assertEquals("Socket engine is closed", create.error());
        Sync.Result<ReadInfo> read = sync.call(cb -> engine.read(id, null, cb));
        assertEquals(-1, read.value().resultCode());
        assertEquals("Socket not found", read.error());
        Sync.Result<Integer> connect = sync.call(cb -> engine.connect(id, "127.0.0.1", 1, cb));
        assertEquals(-1, connect.value());
        engine.destroy(id);
        engine.disconnect(id);
        engine.close();
    }
}
