package org.socketworkbench.engine.tls;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.TlsInfo;
import org.socketworkbench.engine.TlsServerOptions;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The engine as a TLS server (the setServerTls extension) on 127.0.0.1: every accepted connection
 * gets one read, whose bytes are written back, after which the connection is closed; the server
 * accepts again right away. The handshake results ("secure" events of accepted connections) and
 * what TLS negotiated on each connection that echoed are queued for the test.
 */
final class EchoTlsServer implements AutoCloseable {

    private final SocketEngine engine = SocketEngine.builder().build();
    private final Sync sync = new Sync(engine);
    private final BlockingQueue<Integer> handshakes = new LinkedBlockingQueue<>();
    private final BlockingQueue<TlsInfo> negotiated = new LinkedBlockingQueue<>();
    private final AutoCloseable observation;
    private final int serverId;
    private final int port;

    EchoTlsServer(TlsServerOptions options) {
        observation = engine.addObserver(new EngineObserver() {
            @Override
            public void socketChanged(SocketEvent event) {
                if (event.parentId() != 0 && event.cause().equals("secure")) {
                    handshakes.add(event.resultCode());
                }
            }
        });
        serverId = sync.create("tcp");
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setServerTls(serverId, options, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.listen(serverId, "127.0.0.1", 0, null, cb)));
        SocketInfo info = sync.value((Callback<SocketInfo> cb) -> engine.getInfo(serverId, cb));
        port = info.localPort();
        acceptNext();
    }

    SocketEngine engine() {
        return engine;
    }

    int port() {
        return port;
    }

    private void acceptNext() {
        engine.accept(serverId, accepted -> {
            if (accepted.resultCode() != 0) {
                return;
            }
            acceptNext();
            int connection = accepted.socketId();
            engine.read(connection, 65536, read -> {
                if (read.resultCode() <= 0) {
                    engine.destroy(connection);
                    return;
                }
                engine.getTlsInfo(connection, info -> {
                    if (info != null) {
                        negotiated.add(info);
                    }
                });
                engine.write(connection, read.data(), written -> engine.destroy(connection));
            });
        });
    }

    /** The next handshake's result on the server side: 0, or its net error. */
    int nextHandshake() throws InterruptedException {
        Integer code = handshakes.poll(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(code, "no server-side handshake ended within " + Sync.TIMEOUT_SECONDS + " s");
        return code;
    }

    /** What TLS negotiated on the next connection that echoed. */
    TlsInfo nextNegotiated() throws InterruptedException {
        TlsInfo info = negotiated.poll(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(info, "no TLS connection echoed within " + Sync.TIMEOUT_SECONDS + " s");
        return info;
    }

    @Override
    public void close() throws Exception {
        observation.close();
        engine.close();
    }
}
