package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.tls.TestCertificates;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketPermissions;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.engine.Sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One engine under test, with everything a conformance test needs around it: typed calls
 * ({@link #calls()}), sockets set up in the contract's states ({@link #sockets()}), the console
 * warnings the engine prints, its socket events (to await a state instead of sleeping), and the
 * peers and listeners the test opened. Closing it closes the engine first (pending callbacks
 * complete, contract D13), then the test's resources, and fails if a callback threw.
 *
 * <p>The engine trusts the test CA's localhost certificate ({@link TestCertificates}), so {@code secure()} works against
 * {@link TcpPeer#startTlsServer}.
 */
final class EngineFixture implements AutoCloseable {

    private final SocketEngine engine;
    private final Calls calls;
    private final Sockets sockets;
    private final BlockingQueue<String> warnings = new LinkedBlockingQueue<>();
    private final BlockingQueue<SocketEvent> events = new LinkedBlockingQueue<>();
    private final List<Throwable> callbackFailures = new CopyOnWriteArrayList<>();
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    EngineFixture() {
        this(SocketPermissions.allowAll());
    }

    EngineFixture(SocketPermissions permissions) {
        this(SocketEngine.builder().permissions(permissions).sslContext(TestCertificates.clientContext()));
    }

    /** An engine from {@code builder}, with the fixture's warning sink and error handler added. */
    EngineFixture(SocketEngine.Builder builder) {
        engine = builder.warnings(warnings::add).errorHandler(callbackFailures::add).build();
        engine.addObserver(new EngineObserver() {
            @Override
            public void socketChanged(SocketEvent event) {
                events.add(event);
            }
        });
        calls = new Calls(engine);
        sockets = new Sockets(this);
    }

    SocketEngine engine() {
        return engine;
    }

    Calls calls() {
        return calls;
    }

    Sockets sockets() {
        return sockets;
    }

    /** Closes {@code resource} with the fixture. */
    <T extends AutoCloseable> T track(T resource) {
        resources.push(resource);
        return resource;
    }

    /** The next console warning the engine printed (waits for it). */
    String nextWarning() {
        try {
            String warning = warnings.poll(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(warning, "expected a console warning");
            return warning;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Proves that the callback before this call printed no warning: makes a call whose callback
     * leaves a known error unchecked, and expects that one to be the next warning (callbacks run
     * one after another, so an earlier warning would come first).
     */
    void assertNoWarningSoFar() {
        String marker = ContractText.unchecked("getInfo", ContractText.SOCKET_NOT_FOUND);
        engine.getInfo(Integer.MAX_VALUE, info -> { });
        assertEquals(marker, nextWarning(), "an earlier callback printed a warning");
    }

    /** Waits until the engine reports {@code state} for socket {@code id}. */
    void awaitState(int id, SocketState state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Sync.TIMEOUT_SECONDS);
        try {
            while (true) {
                SocketEvent event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertNotNull(event, "socket " + id + " never reached " + state);
                if (event.socketId() == id && event.state() == state) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() throws Exception {
        engine.close();
        while (!resources.isEmpty()) {
            resources.pop().close();
        }
        assertTrue(callbackFailures.isEmpty(), () -> "a callback threw: " + callbackFailures);
    }
}
