package org.socketworkbench.engine.conformance;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socketworkbench.engine.conformance.ContractText.SOCKET_NOT_FOUND;
import static org.socketworkbench.engine.conformance.ContractText.unchecked;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;

/**
 * Contract §5.0, the "Socket not found" column: every method's exact callback shape for an id
 * that was never issued and for one that was destroyed (§2.3: ids are never reused), and the
 * two methods without a callback (§5.2, §5.5).
 */
class SocketNotFoundTest {

    private static final int NEVER_ISSUED = 987_654;

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.socketworkbench.engine.conformance.ApiMethod#ALL")
    <T> void anIdNeverIssued(ApiMethod<T> method) {
        assertOutcome(fx.calls().call(cb -> method.invoke(fx.engine(), NEVER_ISSUED, cb)),
                method.notFoundValue(), SOCKET_NOT_FOUND);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.socketworkbench.engine.conformance.ApiMethod#ALL")
    <T> void aDestroyedTcpSocket(ApiMethod<T> method) {
        int id = fx.sockets().freshTcp();
        fx.engine().destroy(id);
        assertOutcome(fx.calls().call(cb -> method.invoke(fx.engine(), id, cb)), method.notFoundValue(), SOCKET_NOT_FOUND);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.socketworkbench.engine.conformance.ApiMethod#ALL")
    <T> void aDestroyedUdpSocket(ApiMethod<T> method) {
        int id = fx.sockets().freshUdp();
        fx.engine().destroy(id);
        assertOutcome(fx.calls().call(cb -> method.invoke(fx.engine(), id, cb)), method.notFoundValue(), SOCKET_NOT_FOUND);
    }

    @Test
    void destroyOfAnUnknownIdIsSilentlyIgnored() {
        fx.engine().destroy(NEVER_ISSUED);
        int id = fx.sockets().freshTcp();
        fx.engine().destroy(id);
        fx.engine().destroy(id);
        fx.assertNoWarningSoFar();
    }

    @Test
    void disconnectOfAnUnknownIdPrintsTheUncheckedWarning() {
        fx.engine().disconnect(NEVER_ISSUED);
        assertEquals(unchecked("disconnect", SOCKET_NOT_FOUND), fx.nextWarning());
    }
}
