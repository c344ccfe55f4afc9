package org.socketworkbench.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule grammar of contract §3.2, one group per numbered parsing rule, and the display form. */
class SocketPermissionsGrammarTest {

    private static List<String> canonical(String rule) {
        return SocketPermissions.parse(List.of(rule)).canonicalRules();
    }

    private static void assertRejected(String rule) {
        SocketPermissions permissions = SocketPermissions.parse(List.of(rule));
        assertEquals(List.of(), permissions.canonicalRules(), rule);
        assertEquals(1, permissions.warnings().size(), rule);
    }

    // Rule 1: the first piece is one of the eight op names, exact and case-sensitive.

    @ParameterizedTest
    @EnumSource(SocketOperation.class)
    void everyOperationNameParsesBare(SocketOperation operation) {
        String expected = operation.isAddressBound() ? operation.manifestName() + ":*:*" : operation.manifestName();
        assertEquals(List.of(expected), canonical(operation.manifestName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TCP-CONNECT", "Tcp-connect", "tcp_connect", "tcp-connect ", " tcp-connect",
        "tcp", "connect", "udp-send", "udp-multicast", "socket", ":tcp-connect", "*:*:*", "foo:bar"})
    void anythingElseAsOperationIsRejected(String rule) {
        assertRejected(rule);
    }

    @Test
    void operationNamesAreTheManifestSpellings() {
        assertEquals(List.of("tcp-connect", "tcp-listen", "udp-bind", "udp-send-to", "udp-multicast-membership",
                        "resolve-host", "resolve-proxy", "network-state"),
                Arrays.stream(SocketOperation.values()).map(SocketOperation::manifestName).toList());
        assertEquals(List.of(SocketOperation.TCP_CONNECT, SocketOperation.TCP_LISTEN, SocketOperation.UDP_BIND,
                        SocketOperation.UDP_SEND_TO),
                Arrays.stream(SocketOperation.values()).filter(SocketOperation::isAddressBound).toList());
    }

    // Rule 2: at most two pieces after the op, so no IPv6 literals.

    @ParameterizedTest
    @ValueSource(strings = {"tcp-connect:::", "tcp-connect:a:80:1", "tcp-connect:::1", "tcp-connect:[::1]:80",
        "udp-bind:::8800", "tcp-listen:fe80::1:80"})
    void moreThanTwoPiecesAfterTheOperationAreRejected(String rule) {
        assertRejected(rule);
    }

    // Rule 3: only the address-bound ops take host/port pieces.

    @ParameterizedTest
    @ValueSource(strings = {"udp-multicast-membership:", "udp-multicast-membership::", "udp-multicast-membership:*",
        "udp-multicast-membership:*:*", "resolve-host:", "resolve-host:*", "resolve-proxy::", "network-state:",
        "network-state:*:*", "network-state:localhost"})
    void nonAddressBoundOperationsMustBeBare(String rule) {
        assertRejected(rule);
    }

    // Rule 4: host and port default to "any".

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "EXAMPLE.COM", "127.0.0.1", "::1", "[::1]", "", "*", "a b"})
    void aBareRuleGrantsAnyHost(String host) {
        SocketPermissions permissions = SocketPermissions.parse(List.of("tcp-connect"));
        assertTrue(permissions.allows(SocketOperation.TCP_CONNECT, host, 1));
        assertTrue(permissions.allows(SocketOperation.TCP_CONNECT, host, 65535));
        assertTrue(permissions.allows(SocketOperation.TCP_CONNECT, host, 0));
    }

    // Rule 5: the host piece.

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tcp-connect::80              | tcp-connect:*:80",
        "tcp-connect:*:80             | tcp-connect:*:80",
        "tcp-connect:.:80             | tcp-connect:*:80",
        "tcp-connect:*.:80            | tcp-connect:*:80",
        "tcp-connect:.example.com     | tcp-connect:*.example.com:*",
        "tcp-connect:*.example.com    | tcp-connect:*.example.com:*",
        "tcp-connect:*.EXAMPLE.com    | tcp-connect:*.example.com:*",
        "tcp-connect:Example.COM      | tcp-connect:example.com:*",
        "tcp-connect:*example.com     | tcp-connect:*example.com:*",
        "tcp-connect:www.*.com        | tcp-connect:www.*.com:*",
        "tcp-connect:192.168.0.1:80   | tcp-connect:192.168.0.1:80",
        "tcp-connect:*.168.0.1:80     | tcp-connect:*.168.0.1:80",
        "tcp-connect:localhost        | tcp-connect:localhost:*",
    })
    void hostPieces(String rule, String expected) {
        assertEquals(List.of(expected), canonical(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp-connect: example.com", "tcp-connect:example.com ", "tcp-connect:\texample.com",
        "tcp-connect:example.com\n", "tcp-connect:\u000Bexample.com", "tcp-connect:example.com\f:80",
        "tcp-connect:\rexample.com", "tcp-connect: ", "tcp-connect: :80"})
    void whitespaceAtEitherEndOfTheHostIsRejected(String rule) {
        assertRejected(rule);
    }

    @Test
    void whitespaceAroundDotsInsideTheHostIsTrimmedAsChromeDoes() {
        assertEquals(List.of("tcp-connect:www.example.com:*"), canonical("tcp-connect:www .example. com"));
        assertEquals(List.of("tcp-connect:*.example.com:*"), canonical("tcp-connect:* .example.com"));
    }

    @Test
    void lowerCasingTouchesAsciiLettersOnly() {
        assertEquals(List.of("tcp-connect:\u0130stanbul.tr:*"), canonical("tcp-connect:\u0130STANBUL.TR"));
        assertEquals(List.of("tcp-connect:\u00C9cole.fr:*"), canonical("tcp-connect:\u00C9COLE.FR"));
    }

    // Rule 6: the port piece.

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "udp-bind:host:      | udp-bind:host:*",
        "udp-bind:host:*     | udp-bind:host:*",
        "udp-bind:host:1     | udp-bind:host:1",
        "udp-bind:host:65535 | udp-bind:host:65535",
        "udp-bind:host:0080  | udp-bind:host:80",
        "udp-bind:host:+80   | udp-bind:host:80",
    })
    void portPieces(String rule, String expected) {
        assertEquals(List.of(expected), canonical(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {"udp-bind:host:0", "udp-bind:host:00", "udp-bind:host:-1", "udp-bind:host:-0",
        "udp-bind:host:65536", "udp-bind:host:99999999999999", "udp-bind:host: 99", "udp-bind:host:99 ",
        "udp-bind:host:+", "udp-bind:host:+-1", "udp-bind:host:++1", "udp-bind:host:1a", "udp-bind:host:0x50",
        "udp-bind:host:8.0", "udp-bind:host:**", "udp-bind:host:\uFF18\uFF10"})
    void badPortsAreRejected(String rule) {
        assertRejected(rule);
    }

    // The display form, contract §3.2 examples, and the rule list as a whole.

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tcp-connect                  | tcp-connect:*:*",
        "udp-send-to::8800            | udp-send-to:*:8800",
        "tcp-connect:.example.com     | tcp-connect:*.example.com:*",
        "udp-send-to:wWW.ExAmPlE.cOm  | udp-send-to:www.example.com:*",
    })
    void contractCanonicalExamples(String rule, String expected) {
        assertEquals(List.of(expected), canonical(rule));
    }

    @Test
    void duplicatesCollapseAndDeclarationOrderIsKept() {
        SocketPermissions permissions = SocketPermissions.parse(List.of(
                "udp-bind", "tcp-connect", "tcp-connect:*:*", "tcp-connect::", "udp-bind:*", "resolve-host"));
        assertEquals(List.of("udp-bind:*:*", "tcp-connect:*:*", "resolve-host"), permissions.canonicalRules());
    }

    @Test
    void invalidRulesAreDroppedWithChromesWarningAndTheRestIsKept() {
        SocketPermissions permissions = SocketPermissions.parse(List.of(
                "tcp-connect:*:80", "tcp-connect::0", "udp-bind::8800", "resolve-host:x"));
        assertEquals(List.of("tcp-connect:*:80", "udp-bind:*:8800"), permissions.canonicalRules());
        assertEquals(List.of(
                "Permission '\"tcp-connect::0\"' is unknown or URL pattern is malformed.",
                "Permission '\"resolve-host:x\"' is unknown or URL pattern is malformed."), permissions.warnings());
    }

    @Test
    void warningsQuoteTheRuleAsChromesJsonWriterDoes() {
        SocketPermissions permissions = SocketPermissions.parse(List.of(
                "tcp-connect:\t*.exmaple.com:99", "tcp-connect:\"a\\b\":1<2", "\u0001*", "x\u2028y", "caf\u00E9"));
        assertEquals(List.of(
                "Permission '\"tcp-connect:\\t*.exmaple.com:99\"' is unknown or URL pattern is malformed.",
                "Permission '\"tcp-connect:\\\"a\\\\b\\\":1\\u003C2\"' is unknown or URL pattern is malformed.",
                "Permission '\"\\u0001*\"' is unknown or URL pattern is malformed.",
                "Permission '\"x\\u2028y\"' is unknown or URL pattern is malformed.",
                "Permission '\"caf\u00E9\"' is unknown or URL pattern is malformed."), permissions.warnings());
    }

    @Test
    void aNullRuleIsReportedAsNull() {
        SocketPermissions permissions = SocketPermissions.parse(Arrays.asList("tcp-connect", null));
        assertEquals(List.of("tcp-connect:*:*"), permissions.canonicalRules());
        assertEquals(List.of("Permission 'null' is unknown or URL pattern is malformed."), permissions.warnings());
    }

    @Test
    void validRulesGiveNoWarnings() {
        assertEquals(List.of(), SocketPermissions.parse(List.of("tcp-connect", "udp-bind::1")).warnings());
    }

    @Test
    void allowAllGrantsEveryOperationEverywhere() {
        SocketPermissions all = SocketPermissions.allowAll();
        assertTrue(all.allowsEverything());
        for (SocketOperation operation : SocketOperation.values()) {
            assertTrue(all.allows(operation, "anything.example", 0), operation.name());
            assertTrue(all.allows(operation, "192.168.0.1", 65535), operation.name());
        }
        assertEquals(List.of("tcp-connect:*:*", "tcp-listen:*:*", "udp-bind:*:*", "udp-send-to:*:*",
                "udp-multicast-membership", "resolve-host", "resolve-proxy", "network-state"), all.canonicalRules());
        assertEquals(List.of(), all.warnings());
        assertEquals("SocketPermissions[tcp-connect:*:*, tcp-listen:*:*, udp-bind:*:*, udp-send-to:*:*, "
                + "udp-multicast-membership, resolve-host, resolve-proxy, network-state]", all.toString());
    }

    @Test
    void allowsEverythingNeedsEveryOperationWithAnyHostAndAnyPort() {
        List<String> everything = Arrays.stream(SocketOperation.values()).map(SocketOperation::manifestName).toList();
        assertTrue(SocketPermissions.parse(everything).allowsEverything());
        assertFalse(SocketPermissions.parse(everything.subList(1, everything.size())).allowsEverything());
        List<String> onePortOnly = new ArrayList<>(everything);
        onePortOnly.set(0, "tcp-connect:*:80");
        assertFalse(SocketPermissions.parse(onePortOnly).allowsEverything());
        List<String> oneDomainOnly = new ArrayList<>(everything);
        oneDomainOnly.set(0, "tcp-connect:*.example.com");
        assertFalse(SocketPermissions.parse(oneDomainOnly).allowsEverything());
        assertFalse(SocketPermissions.parse(List.of()).allowsEverything());
    }

    @Test
    void toStringListsTheCanonicalRules() {
        assertEquals("SocketPermissions[tcp-connect:*.example.com:80, udp-bind:*:*]",
                SocketPermissions.parse(List.of("tcp-connect:.EXAMPLE.com:80", "udp-bind")).toString());
        assertEquals("SocketPermissions[]", SocketPermissions.parse(List.of()).toString());
    }
}
