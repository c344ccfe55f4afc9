package org.socketworkbench.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The successor API's "sockets" manifest key, contract §10. */
class SocketsPermissionsTest {

    private static SocketsPermissions sockets(String socketsJson) {
        return SocketsPermissions.fromManifest("{\"name\": \"app\", \"sockets\": " + socketsJson + "}");
    }

    private static SocketsPermissions tcpConnect(String patternJson) {
        return sockets("{\"tcp\": {\"connect\": " + patternJson + "}}");
    }

    private static String failure(String socketsJson) {
        return assertThrows(IllegalArgumentException.class, () -> sockets(socketsJson)).getMessage();
    }

    @ParameterizedTest
    @EnumSource(SocketsOperation.class)
    void withoutTheKeyNothingIsGranted(SocketsOperation operation) {
        SocketsPermissions none = SocketsPermissions.fromManifest("{\"permissions\": [{\"socket\": [\"tcp-connect\"]}]}");
        assertFalse(none.allows(operation, "localhost", 80));
        assertEquals(List.of(), none.warnings());
    }

    @ParameterizedTest
    @EnumSource(SocketsOperation.class)
    void allowAllGrantsEverything(SocketsOperation operation) {
        assertTrue(SocketsPermissions.allowAll().allows(operation, "anything.example", 0));
        assertTrue(SocketsPermissions.allowAll().allows(operation, "::1", 65535));
    }

    @Test
    void eachKeyGrantsItsOwnOperationOnly() {
        SocketsPermissions permissions = sockets("""
                {"tcp": {"connect": ":1"}, "tcpServer": {"listen": ":2"},
                 "udp": {"bind": ":3", "send": ":4", "multicastMembership": ""}}""");
        assertTrue(permissions.allows(SocketsOperation.TCP_CONNECT, "h", 1));
        assertTrue(permissions.allows(SocketsOperation.TCP_SERVER_LISTEN, "h", 2));
        assertTrue(permissions.allows(SocketsOperation.UDP_BIND, "h", 3));
        assertTrue(permissions.allows(SocketsOperation.UDP_SEND, "h", 4));
        assertTrue(permissions.allows(SocketsOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0));
        assertFalse(permissions.allows(SocketsOperation.TCP_CONNECT, "h", 2));
        assertFalse(permissions.allows(SocketsOperation.TCP_SERVER_LISTEN, "h", 1));
        assertFalse(permissions.allows(SocketsOperation.UDP_BIND, "h", 4));
        assertFalse(permissions.allows(SocketsOperation.UDP_SEND, "h", 3));
        assertEquals("SocketsPermissions[tcp-connect:*:1, tcp-listen:*:2, udp-bind:*:3, udp-send-to:*:4, "
                + "udp-multicast-membership]", permissions.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"*\"", "\"*:*\"", "\":\"", "\"*:\"", "\":*\"", "\".\"", "[\"\"]"})
    void wildcardPatternsGrantAnyHostAndAnyPort(String pattern) {
        SocketsPermissions permissions = tcpConnect(pattern);
        assertTrue(permissions.allows(SocketsOperation.TCP_CONNECT, "example.com", 1));
        assertTrue(permissions.allows(SocketsOperation.TCP_CONNECT, "192.168.0.1", 65535));
        assertTrue(permissions.allows(SocketsOperation.TCP_CONNECT, "::1", 0));
        assertFalse(permissions.allows(SocketsOperation.UDP_SEND, "example.com", 1));
    }

    @ParameterizedTest(name = "{0} vs {1}:{2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        ":8080                  | example.com     | 8080 | true",
        ":8080                  | example.com     | 8081 | false",
        ":8080                  | example.com     | 0    | false",
        "example.com            | example.com     | 1    | true",
        "example.com            | EXAMPLE.COM     | 2    | true",
        "example.com            | www.example.com | 1    | false",
        "EXAMPLE.com:443        | example.com     | 443  | true",
        "*.example.com          | example.com     | 80   | true",
        "*.example.com          | www.example.com | 80   | true",
        "*.example.com          | wwwexample.com  | 80   | false",
        "*.example.com:443      | www.example.com | 80   | false",
        ".example.com:443       | www.example.com | 443  | true",
        "*.168.0.1              | 192.168.0.1     | 80   | false",
        "localhost              | 127.0.0.1       | 80   | false",
        ":+80                   | example.com     | 80   | true",
        "+80                    | +80             | 1    | true",
    })
    void patternsUseTheSocketRuleGrammarAndMatching(String pattern, String host, int port, boolean granted) {
        assertEquals(granted, tcpConnect("\"" + pattern + "\"").allows(SocketsOperation.TCP_CONNECT, host, port));
    }

    @Test
    void aListGrantsTheUnionOfItsPatterns() {
        SocketsPermissions permissions = sockets("{\"udp\": {\"send\": [\"*:53\", \"*.example.com:5353\"]}}");
        assertTrue(permissions.allows(SocketsOperation.UDP_SEND, "8.8.8.8", 53));
        assertTrue(permissions.allows(SocketsOperation.UDP_SEND, "mdns.example.com", 5353));
        assertFalse(permissions.allows(SocketsOperation.UDP_SEND, "8.8.8.8", 5353));
        assertFalse(sockets("{\"udp\": {\"send\": []}}").allows(SocketsOperation.UDP_SEND, "8.8.8.8", 53));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a:b:c", ":0", ":65536", ":-1", " example.com", "example.com :80", ":::", "[::1]:80", "host:x"})
    void anInvalidPatternIsFatalWithChromesMessage(String pattern) {
        assertEquals("Invalid host:port pattern '" + pattern + "' in 'sockets.tcp.connect'.",
                failure("{\"tcp\": {\"connect\": [\"*\", \"" + pattern + "\"]}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "*:*", ":", "localhost"})
    void multicastMembershipTakesOnlyTheEmptyPattern(String pattern) {
        assertEquals("Invalid host:port pattern '" + pattern + "' in 'sockets.udp.multicastMembership' "
                        + "(multicastMembership takes no host or port: use \"\").",
                failure("{\"udp\": {\"multicastMembership\": \"" + pattern + "\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[]                                 | Invalid value for 'sockets': expected an object, but it is a list.",
        "\"tcp-connect\"                    | Invalid value for 'sockets': expected an object, but it is a string.",
        "{\"tcp\": \"*\"}                   | Invalid value for 'sockets.tcp': expected an object, but it is a string.",
        "{\"udp\": null}                    | Invalid value for 'sockets.udp': expected an object, but it is null.",
        "{\"tcpServer\": [\"listen\"]}      | Invalid value for 'sockets.tcpServer': expected an object, but it is a list.",
        "{\"tcp\": {\"connect\": 80}}       | Invalid value for 'sockets.tcp.connect': expected a host:port pattern string or a list of them, but it is a number.",
        "{\"tcp\": {\"connect\": {}}}       | Invalid value for 'sockets.tcp.connect': expected a host:port pattern string or a list of them, but it is an object.",
        "{\"udp\": {\"bind\": [\"\", true]}} | Invalid value for 'sockets.udp.bind[1]': expected a host:port pattern string, but it is a boolean.",
    })
    void valuesOfTheWrongTypeAreFatal(String socketsJson, String message) {
        assertEquals(message, failure(socketsJson));
    }

    @Test
    void unknownKeysAreIgnoredAsInChromeButReported() {
        SocketsPermissions permissions = sockets("{\"tcp\": {\"conect\": \"*\", \"connect\": \":80\"}, \"tcpserver\": {}}");
        assertTrue(permissions.allows(SocketsOperation.TCP_CONNECT, "h", 80));
        assertFalse(permissions.allows(SocketsOperation.TCP_SERVER_LISTEN, "h", 80));
        assertEquals(List.of(
                "Unknown key 'sockets.tcpserver' is ignored; known keys are [tcp, tcpServer, udp].",
                "Unknown key 'sockets.tcp.conect' is ignored; known keys are [connect]."), permissions.warnings());
    }

    @Test
    void malformedJsonIsReported() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> SocketsPermissions.fromManifest("{\"sockets\": {\"tcp\": {'connect': \"*\"}}}")).getMessage();
        assertEquals("Manifest is not valid JSON: Expected a string key or '}' but found ''' (JSON strings need double quotes) at line 1, column 22 "
                + "(character 21)", message);
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> SocketsPermissions.allowAll().allows(null, "h", 1));
        assertThrows(NullPointerException.class, () -> SocketsPermissions.allowAll().allows(SocketsOperation.UDP_BIND, null, 1));
        assertThrows(NullPointerException.class, () -> SocketsPermissions.fromManifest(null));
    }

    @Test
    void operationsMapToTheirManifestKeysAndSocketOperations() {
        assertEquals("tcpServer.listen -> TCP_LISTEN",
                SocketsOperation.TCP_SERVER_LISTEN.manifestSection() + "." + SocketsOperation.TCP_SERVER_LISTEN.manifestKey()
                        + " -> " + SocketsOperation.TCP_SERVER_LISTEN.socketOperation());
        assertEquals("udp.send -> UDP_SEND_TO",
                SocketsOperation.UDP_SEND.manifestSection() + "." + SocketsOperation.UDP_SEND.manifestKey()
                        + " -> " + SocketsOperation.UDP_SEND.socketOperation());
    }
}
