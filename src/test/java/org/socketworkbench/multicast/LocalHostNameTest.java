package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalHostNameTest {

    @Test
    void theNameFitsInAProbe() {
        String name = LocalHostName.get();
        assertFalse(name.isBlank());
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= ProbePacket.MAX_HOST_NAME_BYTES);
    }

    @Test
    void blankOrOverlongNamesAreMadeUsable() {
        assertEquals("localhost", LocalHostName.usable(null));
        assertEquals("localhost", LocalHostName.usable(" "));
        assertEquals("box", LocalHostName.usable(" box\n"));
        assertEquals(127, LocalHostName.usable("é".repeat(200)).length(), "254 bytes: a whole é more would not fit");
    }
}
