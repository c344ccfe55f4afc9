package org.socketworkbench.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request matching, contract §3.3. */
class SocketPermissionsMatchingTest {

    private static boolean allows(String rule, SocketOperation operation, String host, int port) {
        SocketPermissions permissions = SocketPermissions.parse(List.of(rule));
        assertEquals(1, permissions.canonicalRules().size(), "rule parses: " + rule);
        return permissions.allows(operation, host, port);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
        "tcp-connect:*.example.com:*, example.com, true",
        "tcp-connect:*.example.com:*, www.example.com, true",
        "tcp-connect:*.example.com:*, SMTP.example.com, true",
        "tcp-connect:*.example.com:*, a.b.example.com, true",
        "tcp-connect:*.example.com:*, WWW.EXAMPLE.COM, true",
        "tcp-connect:*.example.com:*, wwwexample.com, false",
        "tcp-connect:*.example.com:*, .example.com, false",
        "tcp-connect:*.example.com:*, example.com., false",
        "tcp-connect:*.example.com:*, example.com.evil.net, false",
        "tcp-connect:*.example.com:*, xample.com, false",
        "tcp-connect:.example.com:*, www.example.com, true",
        "tcp-connect:www.example.com:*, www.example.com, true",
        "tcp-connect:www.example.com:*, Www.Example.Com, true",
        "tcp-connect:www.example.com:*, sub.www.example.com, false",
        "tcp-connect:www.example.com:*, example.com, false",
        "tcp-connect:*.168.0.1:*, 192.168.0.1, false",
        "tcp-connect:*.0.0.1:*, 127.0.0.1, false",
        "tcp-connect:*.0.0.1:*, 0x7f.0.0.1, false",
        "tcp-connect:*.0.0.1:*, 0177.0.0.1, false",
        "tcp-connect:*.0.0.1:*, 1.2.0.0.1, true",
        "tcp-connect:*.1:*, 127.1, false",
        "tcp-connect:*.1:*, host.1, true",
        "tcp-connect:*.0.0.1:*, host.0.0.1, true",
        "tcp-connect:*.2.3.999:*, 1.2.3.999, true",
        "tcp-connect:*.168.0.1:*, 168.0.1, true",
        "tcp-connect:*:*, 192.168.0.1, true",
        "tcp-connect:*:*, ::1, true",
        "tcp-connect:*:*, [::1], true",
        "tcp-connect:192.168.0.1:*, 192.168.0.1, true",
        "tcp-connect:127.0.0.1:*, 127.1, false",
        "tcp-connect:localhost:*, 127.0.0.1, false",
        "tcp-connect:localhost:*, LOCALHOST, true",
        "tcp-connect:stra\u00DFe.de:*, STRA\u00DFE.DE, true",
        "tcp-connect:\u00E9.fr:*, \u00C9.FR, false",
    })
    void hostMatching(String rule, String host, boolean granted) {
        assertEquals(granted, allows(rule, SocketOperation.TCP_CONNECT, host, 80));
    }

    @Test
    void theHostIsTheLiteralStringNotTheResolvedAddress() {
        assertFalse(allows("tcp-connect:localhost:80", SocketOperation.TCP_CONNECT, "127.0.0.1", 80));
        assertFalse(allows("tcp-listen:localhost:*", SocketOperation.TCP_LISTEN, "127.0.0.1", 8080));
        assertTrue(allows("tcp-listen:localhost:*", SocketOperation.TCP_LISTEN, "localhost", 8080));
    }

    @ParameterizedTest(name = "{0} port {1} -> {2}")
    @CsvSource({
        "udp-bind::8800, 8800, true",
        "udp-bind::8800, 8801, false",
        "udp-bind::8800, 0, false",
        "udp-bind::8800, -8800, false",
        "udp-bind::8800, 74336, false",
        "udp-bind, 0, true",
        "udp-bind:*:*, 0, true",
        "udp-bind::, 0, true",
        "udp-bind:*:*, 65535, true",
    })
    void portMatching(String rule, int port, boolean granted) {
        assertEquals(granted, allows(rule, SocketOperation.UDP_BIND, "0.0.0.0", port));
    }

    @Test
    void theOperationMustBeTheRulesOperation() {
        for (SocketOperation operation : SocketOperation.values()) {
            assertEquals(operation == SocketOperation.UDP_SEND_TO,
                    allows("udp-send-to", operation, "example.com", 53), operation.name());
        }
    }

    @Test
    void multicastMembershipAsTheEngineChecksIt() {
        assertTrue(allows("udp-multicast-membership", SocketOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0));
        assertFalse(allows("udp-bind", SocketOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0));
    }

    @Test
    void anyMatchingRuleGrants() {
        SocketPermissions permissions = SocketPermissions.parse(List.of(
                "tcp-connect:a.example:80", "tcp-connect:b.example:81", "udp-bind::5353"));
        assertTrue(permissions.allows(SocketOperation.TCP_CONNECT, "a.example", 80));
        assertTrue(permissions.allows(SocketOperation.TCP_CONNECT, "b.example", 81));
        assertTrue(permissions.allows(SocketOperation.UDP_BIND, "0.0.0.0", 5353));
        assertFalse(permissions.allows(SocketOperation.TCP_CONNECT, "a.example", 81));
        assertFalse(permissions.allows(SocketOperation.TCP_CONNECT, "b.example", 80));
        assertFalse(permissions.allows(SocketOperation.UDP_SEND_TO, "0.0.0.0", 5353));
    }

    @Test
    void noRulesDenyEverything() {
        SocketPermissions none = SocketPermissions.parse(List.of());
        for (SocketOperation operation : SocketOperation.values()) {
            assertFalse(none.allows(operation, "localhost", 80), operation.name());
        }
    }

    @Test
    void nullArgumentsAreRejectedWithTheirName() {
        SocketPermissions all = SocketPermissions.allowAll();
        assertEquals("host", assertThrows(NullPointerException.class,
                () -> all.allows(SocketOperation.TCP_CONNECT, null, 80)).getMessage());
        assertEquals("operation", assertThrows(NullPointerException.class,
                () -> all.allows(null, "localhost", 80)).getMessage());
        assertThrows(NullPointerException.class, () -> SocketPermissions.parse(null));
    }

    @Test
    void theResultCannotBeChangedAfterwards() {
        List<String> rules = new ArrayList<>(List.of("tcp-connect:a.example:80", "bad"));
        SocketPermissions permissions = SocketPermissions.parse(rules);
        rules.set(0, "tcp-connect");
        rules.add("udp-bind");
        assertEquals(List.of("tcp-connect:a.example:80"), permissions.canonicalRules());
        assertFalse(permissions.allows(SocketOperation.UDP_BIND, "a.example", 80));
        assertThrows(UnsupportedOperationException.class, () -> permissions.canonicalRules().add("udp-bind"));
        assertThrows(UnsupportedOperationException.class, () -> permissions.warnings().clear());
    }

    @Test
    void concurrentChecksAgreeWithSequentialOnes() throws Exception {
        SocketPermissions permissions = SocketPermissions.parse(List.of("tcp-connect:*.example.com:443", "udp-bind::53"));
        List<Callable<Integer>> checkers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            checkers.add(() -> {
                int granted = 0;
                for (int i = 0; i < 10_000; i++) {
                    granted += permissions.allows(SocketOperation.TCP_CONNECT, "h" + i + ".example.com", 443) ? 1 : 0;
                    granted += permissions.allows(SocketOperation.TCP_CONNECT, "h" + i + ".example.org", 443) ? 1 : 0;
                    granted += permissions.allows(SocketOperation.UDP_BIND, "10.0.0." + (i % 256), 53) ? 1 : 0;
                }
                return granted;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> result : pool.invokeAll(checkers)) {
                assertEquals(20_000, result.get());
            }
        }
    }
}
