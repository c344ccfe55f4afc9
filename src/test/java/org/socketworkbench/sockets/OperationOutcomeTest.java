package org.socketworkbench.sockets;

import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperationOutcomeTest {

    @Test
    void aFailureReadsWithChromesCodeNameAndPlainWords() {
        OperationOutcome refused = OperationOutcome.of(3, "connect to 127.0.0.1:9", -102, Optional.empty());
        assertFalse(refused.succeeded());
        assertEquals("connect to 127.0.0.1:9 failed: -102 ERR_CONNECTION_REFUSED. The connection was refused: "
                + "nothing listens there", refused.describe());
        assertEquals("connect: -102 ERR_CONNECTION_REFUSED", refused.brief());
    }

    @Test
    void lastErrorIsShownAndMakesAnOutcomeFail() {
        OperationOutcome denied = OperationOutcome.of(4, "bind to 0.0.0.0:53", -1, Optional.of("App does not have permission"));
        assertEquals("bind to 0.0.0.0:53 failed: App does not have permission (-1)", denied.describe(),
                "Chrome's -1 marker is not ERR_IO_PENDING when lastError explains it");
        assertEquals("bind: App does not have permission", denied.brief());
        assertEquals("read failed: -1 ERR_IO_PENDING. An operation of this kind is already pending",
                OperationOutcome.of(4, "read", -1, Optional.empty()).describe());
        assertFalse(OperationOutcome.of(4, "x", 0, Optional.of("Socket not found")).succeeded());
    }

    @Test
    void successesAreShort() {
        OperationOutcome written = OperationOutcome.of(5, "write 12 bytes", 12, Optional.empty());
        assertTrue(written.succeeded());
        assertEquals("write 12 bytes: ok", written.describe());
        assertEquals("write: ok", written.brief());
    }

    @Test
    void everyNetErrorIsExplainedInTheBundleAsTheEngineDoes() {
        for (NetError error : NetError.values()) {
            assertEquals(error.description(), OperationOutcome.explanation(error), error.name());
        }
    }

    @Test
    void inChineseTheWordsAreTranslatedAndChromesNamesStay() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        try {
            OperationOutcome refused = OperationOutcome.of(3, "connect", Texts.get("sockets.op.connect", "127.0.0.1:9"),
                    -102, Optional.empty());
            assertEquals("连接到 127.0.0.1:9 失败：-102 ERR_CONNECTION_REFUSED。连接被拒绝：那里没有程序在监听",
                    refused.describe());
            assertEquals("connect: -102 ERR_CONNECTION_REFUSED", refused.brief(), "the row shows Chrome's verb and name");
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }
}
