package org.socketworkbench.engine.conformance;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socketworkbench.engine.CreateInfo;
import org.socketworkbench.engine.CreateOptions;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.Sync;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.engine.conformance.ContractText.INVALID_TYPE;
import static org.socketworkbench.engine.conformance.ContractText.SOCKET_NOT_FOUND;
import static org.socketworkbench.engine.conformance.ContractText.unchecked;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;

/**
 * Contract §2 and §5.1: how results reach the caller (asynchronous callbacks, lastError only
 * while the callback runs, the "Unchecked runtime.lastError" warning), what throws at the call
 * (src/docs/java-api.md: an unknown type, a null callback), and socket ids (§2.3).
 */
class CallingConventionsTest {

    private static final int UNKNOWN = 424_242;

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    // ------------------------------------------------------------------ §2.1 results

    @Test
    void callbacksRunOnTheCallbackExecutorNeverInsideTheCall() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-callbacks"));
        try (EngineFixture own = new EngineFixture(SocketEngine.builder().callbackExecutor(executor))) {
            Sync.Result<CreateInfo> created = own.calls().create("tcp");
            CompletableFuture<String> thread = new CompletableFuture<>();
            own.engine().getInfo(created.value().socketId(), info -> thread.complete(Thread.currentThread().getName()));
            assertEquals("test-callbacks", thread.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void lastErrorIsSetOnlyWhileTheCallbackThatCarriesItRuns() {
        CompletableFuture<Optional<String>> during = new CompletableFuture<>();
        fx.engine().read(UNKNOWN, null, info -> during.complete(fx.engine().lastError()));
        assertEquals(Optional.of(SOCKET_NOT_FOUND), Await.result(during));
        assertEquals(Optional.empty(), fx.engine().lastError(), "outside any callback");

        Sync.Result<CreateInfo> next = fx.calls().create("udp");
        assertEquals(Optional.empty(), next.lastError(), "the next callback on the same thread");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.socketworkbench.engine.conformance.ApiMethod#ALL")
    <T> void anErrorTheCallbackNeverReadsIsPrintedAsUnchecked(ApiMethod<T> method) {
        method.invoke(fx.engine(), UNKNOWN, value -> { });
        assertEquals(unchecked(method.name(), SOCKET_NOT_FOUND), fx.nextWarning());
    }

    @Test
    void anErrorTheCallbackReadsPrintsNothing() {
        assertOutcome(fx.calls().read(UNKNOWN, null), ReadInfo.of(-1), SOCKET_NOT_FOUND);
        fx.assertNoWarningSoFar();
    }

    @Test
    void aSocketLevelErrorNobodyReadsIsPrintedAsWell() {
        int udp = fx.sockets().freshUdp();
        fx.engine().listen(udp, LOOPBACK, 0, null, result -> { });
        assertEquals(unchecked("listen", ContractText.TYPE_NOT_SUPPORTED), fx.nextWarning());
    }

    // ------------------------------------------------------------------ src/docs/java-api.md: what throws

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "TCP", "Udp", "sctp", "tcp "})
    void createWithATypeOtherThanTcpOrUdpThrowsChromesMessage(String type) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> fx.engine().create(type, null, info -> { }));
        assertEquals(INVALID_TYPE, thrown.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.socketworkbench.engine.conformance.ApiMethod#ALL")
    <T> void aNullCallbackThrowsAtTheCall(ApiMethod<T> method) {
        int id = fx.sockets().freshTcp();
        assertThrows(NullPointerException.class, () -> method.invoke(fx.engine(), id, null));
    }

    /** src/docs/java-api.md: "Nothing else throws"; a null where Chrome wants a value is a failure result. */
    @Test
    void nullArgumentsOtherThanTheCallbackDoNotThrow() {
        int tcp = fx.sockets().freshTcp();
        int udp = fx.sockets().boundUdp(LOOPBACK).id();
        assertTrue(fx.calls().connect(tcp, null, 80).value() < 0);
        assertTrue(fx.calls().listen(tcp, null, 0).value() < 0);
        assertTrue(fx.calls().sendTo(udp, null, null, 9).value().bytesWritten() < 0);
        assertTrue(fx.calls().joinGroup(udp, null).value() < 0);
        assertTrue(fx.calls().bind(fx.sockets().freshUdp(), null, 0).value() < 0);
        assertTrue(fx.calls().setMulticastInterface(fx.sockets().freshUdp(), null).value() < 0);
        assertNotNull(fx.calls().write(fx.sockets().connectedTcp(LOOPBACK).id(), null).value());
    }

    @Test
    void createAndGetNetworkListNeedACallbackToo() {
        assertThrows(NullPointerException.class, () -> fx.engine().create("tcp", null, null));
        assertThrows(NullPointerException.class, () -> fx.engine().getNetworkList(null));
    }

    // ------------------------------------------------------------------ §5.1 create, §2.3 ids

    @Test
    void optionsMayBeNullOrEmpty() {
        Sync.Result<CreateInfo> withNull = fx.calls().create("tcp");
        Sync.Result<CreateInfo> withEmpty = fx.calls().call(cb -> fx.engine().create("udp", new CreateOptions(), cb));
        assertTrue(withNull.value().socketId() >= 1);
        assertTrue(withEmpty.value().socketId() >= 1);
        assertTrue(withNull.lastError().isEmpty() && withEmpty.lastError().isEmpty());
    }

    @Test
    void idsArePositiveUniqueAndNeverReused() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            int id = fx.calls().create(i % 2 == 0 ? "tcp" : "udp").value().socketId();
            assertTrue(id >= 1, "ids are positive");
            assertTrue(seen.add(id), "id " + id + " issued twice");
            fx.engine().destroy(id);
        }
    }

    @Test
    void acceptAllocatesANewIdAndSecureKeepsTheSameOne() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        int client = fx.sockets().freshTcp();
        var accepted = fx.calls().startAccept(listener.id());
        assertOutcome(fx.calls().connect(client, LOOPBACK, listener.port()), 0, null);
        int acceptedId = fx.calls().await(accepted).value().socketId();
        assertNotEquals(listener.id(), acceptedId);
        assertNotEquals(client, acceptedId);

        Sockets.Connection secured = fx.sockets().secured();
        assertEquals("tcp", fx.calls().getInfo(secured.id()).value().socketType(), "the secured id stays valid");
    }
}
