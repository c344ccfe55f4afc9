package org.socketworkbench.engine.tls;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.TLSVersionConstraints;
import org.socketworkbench.engine.WriteInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The client side of the {@code secure()} tests: an engine with a given TLS context, the servers
 * a test started (closed with it), and the steps and checks the tests share.
 */
final class TlsClient implements AutoCloseable {

    private final SocketEngine engine;
    private final Sync sync;
    private final List<TlsTestServer> servers = new ArrayList<>();

    /** An engine that trusts the test CA only. */
    TlsClient() {
        this(SocketEngine.builder().sslContext(TestCertificates.clientContext()).build());
    }

    TlsClient(SocketEngine engine) {
        this.engine = engine;
        this.sync = new Sync(engine);
    }

    /** An engine with the default TLS context: the platform's trust store. */
    static TlsClient withPlatformTrust() {
        return new TlsClient(SocketEngine.builder().build());
    }

    SocketEngine engine() {
        return engine;
    }

    Sync sync() {
        return sync;
    }

    /** A server on 127.0.0.1, closed when the client is. */
    TlsTestServer serve(TlsTestServer.Conversation conversation) {
        return serve("127.0.0.1", conversation);
    }

    TlsTestServer serve(String address, TlsTestServer.Conversation conversation) {
        try {
            TlsTestServer server = TlsTestServer.start(InetAddress.getByName(address), conversation);
            servers.add(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new TCP socket connected to {@code host}; the name is what secure() verifies. */
    int connect(String host, TlsTestServer server) {
        int id = sync.create("tcp");
        int result = sync.value((Callback<Integer> cb) -> engine.connect(id, host, server.port(), cb));
        assertEquals(0, result, "connect to " + host + ":" + server.port());
        return id;
    }

    Sync.Result<Integer> secure(int id, SecureOptions options) {
        return sync.call(cb -> engine.secure(id, options, cb));
    }

    /** Connects by {@code host} and secures with the default options; asserts success. */
    int secured(String host, TlsTestServer server) {
        int id = connect(host, server);
        Sync.Result<Integer> result = secure(id, null);
        assertEquals(0, result.value(), () -> "secure() failed: " + result.error());
        assertNull(result.error(), "no lastError on success");
        return id;
    }

    /** secure() fails with {@code expected} and its net:: text, and the socket is gone (§5.21 step 7). */
    void assertSecureFails(int id, SecureOptions options, NetError expected) {
        Sync.Result<Integer> result = secure(id, options);
        assertEquals(expected.code(), result.value(), () -> "secure() gave " + result.value() + " " + result.error());
        assertEquals(expected.lastErrorText(), result.error());
        assertGone(id);
    }

    /** Every later call sees "Socket not found". */
    void assertGone(int id) {
        Sync.Result<SocketInfo> info = sync.call(cb -> engine.getInfo(id, cb));
        assertNull(info.value());
        assertEquals("Socket not found", info.error());
        Sync.Result<ReadInfo> read = sync.call(cb -> engine.read(id, null, cb));
        assertEquals(-1, read.value().resultCode());
        assertEquals("Socket not found", read.error());
    }

    int write(int id, byte[] data) {
        return sync.value((Callback<WriteInfo> cb) -> engine.write(id, data, cb)).bytesWritten();
    }

    Sync.Result<ReadInfo> read(int id) {
        return sync.call(cb -> engine.read(id, null, cb));
    }

    SocketInfo info(int id) {
        return sync.value((Callback<SocketInfo> cb) -> engine.getInfo(id, cb));
    }

    static SecureOptions versions(String min, String max) {
        return new SecureOptions(new TLSVersionConstraints(min, max));
    }

    @Override
    public void close() throws IOException {
        engine.close();
        for (TlsTestServer server : servers) {
            server.close();
        }
    }
}
