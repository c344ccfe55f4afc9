package org.socketworkbench.engine.tls;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.engine.tls.TestCertificates.ServerCertificate;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * How a socket behaves once secure() succeeded (contract §5.21 step 8, D6, D11, D4, D13).
 */
class SecuredSocketTest {

    private static final ServerTls TRUSTED = ServerTls.presenting(ServerCertificate.TRUSTED);

    private final TlsClient client = new TlsClient();
    private final SocketEngine engine = client.engine();
    private final Sync sync = client.sync();

    @AfterEach
    void close() throws IOException {
        client.close();
    }

    @Test
    void everyOtherMethodAnswersAsChromesTlsSocketDoes() {
        TlsTestServer server = client.serve(Conversations.echo(TRUSTED));
        int id = client.secured("localhost", server);

        assertAnswer(false, null, sync.call((Callback<Boolean> cb) -> engine.setKeepAlive(id, true, 10, cb)));
        assertAnswer(false, null, sync.call((Callback<Boolean> cb) -> engine.setNoDelay(id, true, cb)));
        assertAnswer(-11, "Cannot listen on a socket that is already connected.",
                sync.call((Callback<Integer> cb) -> engine.listen(id, "127.0.0.1", 0, null, cb)));
        assertAnswer(new AcceptInfo(-2, null), null, sync.call((Callback<AcceptInfo> cb) -> engine.accept(id, cb)));
        assertAnswer(-1, "App does not have permission",
                sync.call((Callback<Integer> cb) -> engine.connect(id, "127.0.0.1", server.port(), cb)));
        assertAnswer(RecvFromInfo.of(-1), "Socket not found",
                sync.call((Callback<RecvFromInfo> cb) -> engine.recvFrom(id, null, cb)));
        assertAnswer(new WriteInfo(-2), null,
                sync.call((Callback<WriteInfo> cb) -> engine.sendTo(id, new byte[] {1}, "127.0.0.1", server.port(), cb)));
        assertAnswer(-4, "Only TCP sockets are supported for TLS.", sync.call((Callback<Integer> cb) -> engine.secure(id, null, cb)));
        assertAnswer(-2, null, sync.call((Callback<Integer> cb) -> engine.bind(id, "127.0.0.1", 0, cb)));
        assertAnswer(ReadInfo.of(-4), null, sync.call((Callback<ReadInfo> cb) -> engine.read(id, 0, cb)));

        SocketInfo info = client.info(id);
        assertEquals("tcp", info.socketType(), "D11");
        assertEquals(true, info.connected(), "none of the above disturbed the connection");
        byte[] data = {42, 43};
        assertEquals(2, client.write(id, data));
        assertEquals(2, sync.readExactly(id, 2).length);
    }

    @Test
    void aSecondReadWhileOneIsPendingIsIoPending() throws Exception {
        TlsTestServer server = client.serve(Conversations.echo(TRUSTED));
        int id = client.secured("localhost", server);
        CompletableFuture<ReadInfo> first = new CompletableFuture<>();
        engine.read(id, null, first::complete);

        assertAnswer(ReadInfo.of(-1), null, client.read(id));
        assertAnswer(ReadInfo.of(-1), null, sync.call((Callback<ReadInfo> cb) -> engine.read(id, 0, cb)));

        assertEquals(1, client.write(id, new byte[] {7}));
        assertEquals(new ReadInfo(1, new byte[] {7}), first.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void aCleanCloseReadsZeroThenNotConnected() {
        TlsTestServer server = client.serve(Conversations.handshakeThenClose(TRUSTED));
        assertZeroThenNotConnected(client.secured("localhost", server));
    }

    /** Chrome maps a TCP close without close_notify to a graceful end of stream as well. */
    @Test
    void aCloseWithoutCloseNotifyAlsoReadsZeroThenNotConnected() {
        TlsTestServer server = client.serve(Conversations.handshakeThenHangUp(TRUSTED));
        assertZeroThenNotConnected(client.secured("localhost", server));
    }

    private void assertZeroThenNotConnected(int id) {
        assertAnswer(ReadInfo.of(0), null, client.read(id));
        assertAnswer(ReadInfo.of(-15), null, client.read(id));
        assertFalse(client.info(id).connected());
        assertEquals(-15, client.write(id, new byte[] {1}));
    }

    @Test
    void destroyWhileATlsReadIsPendingCompletesItWithConnectionClosed() throws Exception {
        TlsTestServer server = client.serve(Conversations.echo(TRUSTED));
        int id = client.secured("localhost", server);
        CompletableFuture<ReadInfo> pending = new CompletableFuture<>();
        engine.read(id, null, pending::complete);

        engine.destroy(id);

        assertEquals(ReadInfo.of(-100), pending.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS));
        client.assertGone(id);
        server.finished().handle((done, error) -> null).get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void disconnectClosesTlsAndTcp() throws Exception {
        TlsTestServer server = client.serve(Conversations.echo(TRUSTED));
        int id = client.secured("localhost", server);

        engine.disconnect(id);

        assertEquals(new SocketInfo("tcp", false, null, null, null, null), client.info(id));
        assertAnswer(ReadInfo.of(-15), null, client.read(id));
        assertEquals(-15, client.write(id, new byte[] {1}));
        server.finished().handle((done, error) -> null).get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void noLastErrorOnSuccessfulTlsReadsAndWrites() {
        TlsTestServer server = client.serve(Conversations.echo(TRUSTED));
        int id = client.secured("localhost", server);
        assertEquals(0, client.write(id, new byte[0]), "an empty write writes nothing, successfully");
        Sync.Result<WriteInfo> written = sync.call(cb -> engine.write(id, new byte[] {9}, cb));
        assertEquals(1, written.value().bytesWritten());
        assertNull(written.error());
        Sync.Result<ReadInfo> read = client.read(id);
        assertEquals(new ReadInfo(1, new byte[] {9}), read.value());
        assertNull(read.error());
    }

    private static <T> void assertAnswer(T value, String lastError, Sync.Result<T> result) {
        assertEquals(value, result.value());
        assertEquals(lastError, result.error());
    }
}
