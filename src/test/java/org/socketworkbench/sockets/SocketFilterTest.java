package org.socketworkbench.sockets;

import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The socket list's quick filter: addresses, exact :ports, states and types; every word must match. */
class SocketFilterTest {

    private static SocketRow row(SocketRole role, SocketStatus status, String local, String peer) {
        return new SocketRow(5, 1, SocketKind.TCP, role, status, local, peer, 0, 0, 0, 0, 0, 0, "", List.of());
    }

    private final SocketRow accepted = row(SocketRole.TCP_ACCEPTED, SocketStatus.CONNECTED, "127.0.0.1:8080",
            "127.0.0.5:41000");
    private final SocketRow v6 = row(SocketRole.TCP_CLIENT, SocketStatus.CLOSED, "[::1]:5000", "[FE80::1]:80");

    @Test
    void anEmptyFilterShowsEverything() {
        assertTrue(SocketFilter.of("  ").isEmpty());
        assertTrue(SocketFilter.of(null).matches(accepted));
        assertTrue(SocketFilter.ALL.matches(v6));
    }

    @Test
    void wordsMatchAddressesStatesAndTypesAndAllMustMatch() {
        assertTrue(SocketFilter.of("127.0.0.5").matches(accepted), "peer address");
        assertTrue(SocketFilter.of("8080").matches(accepted), "local port as text");
        assertTrue(SocketFilter.of("Connected").matches(accepted), "state, any case");
        assertTrue(SocketFilter.of("conn").matches(accepted), "a state's beginning");
        assertTrue(SocketFilter.of("connection").matches(accepted), "type");
        assertTrue(SocketFilter.of("fe80::1").matches(v6), "IPv6 in any case");
        assertTrue(SocketFilter.of("closed ::1").matches(v6));
        assertFalse(SocketFilter.of("closed 127.0.0.1").matches(accepted), "every word must match");
        assertFalse(SocketFilter.of("listening").matches(accepted));
        assertFalse(SocketFilter.of("losed").matches(v6), "a state matches from its start only");
    }

    @Test
    void aColonPortMatchesThatPortExactly() {
        assertTrue(SocketFilter.of(":8080").matches(accepted));
        assertTrue(SocketFilter.of(":41000").matches(accepted));
        assertFalse(SocketFilter.of(":80").matches(accepted), ":80 is not :8080");
        assertTrue(SocketFilter.of(":80").matches(v6), "the port after an IPv6 address");
        assertFalse(SocketFilter.of(":1").matches(v6), "not a piece of the IPv6 address");
    }
}
