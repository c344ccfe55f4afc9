package org.socketworkbench.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Chromium's own test vectors for the socket permission grammar and matching, taken (facts only)
 * from {@code extensions/common/permissions/socket_permission_unittest.cc} in
 * {@code chromium/chromium} at commit {@code 1a1859f9badf78fa08012d6e3d7e19bd55840b1f}
 * (tests {@code SocketPermissionTest.Parse}, {@code .Match} and {@code .Value}; contract source
 * [S10]). The typo {@code exmaple} is Chromium's.
 */
class ChromiumSocketPermissionVectorsTest {

    static Stream<String> rejectedRules() {
        return Stream.of(
                "",
                "*",
                "\u0000\u0000*",
                "\u0001*",
                "tcp-connect:www.example.com:-1",
                "tcp-connect:www.example.com:65536",
                "tcp-connect:::",
                "tcp-connect::0",
                "tcp-connect:  www.exmaple.com:  99  ",
                "tcp-connect:*.exmaple.com :99",
                "tcp-connect:*.exmaple.com: 99",
                "tcp-connect:*.exmaple.com:99 ",
                "tcp-connect:\t*.exmaple.com:99",
                "tcp-connect:\n*.exmaple.com:99",
                "resolve-host:exmaple.com:99",
                "resolve-host:127.0.0.1",
                "resolve-host:",
                "resolve-proxy:exmaple.com:99",
                "resolve-proxy:exmaple.com",
                "udp-multicast-membership:*",
                "udp-multicast-membership:*:*");
    }

    @ParameterizedTest
    @MethodSource("rejectedRules")
    void chromiumRejects(String rule) {
        SocketPermissions permissions = SocketPermissions.parse(List.of(rule));
        assertEquals(List.of(), permissions.canonicalRules());
        assertEquals(1, permissions.warnings().size());
    }

    static Stream<Arguments> canonicalForms() {
        Stream.Builder<Arguments> vectors = Stream.builder();
        for (String op : List.of("tcp-connect", "tcp-listen", "udp-bind", "udp-send-to")) {
            for (String suffix : List.of("", ":", "::", ":*", ":*:", "::*")) {
                vectors.add(arguments(op + suffix, op + ":*:*"));
            }
            vectors.add(arguments(op + ":www.example.com", op + ":www.example.com:*"));
            vectors.add(arguments(op + ":.example.com", op + ":*.example.com:*"));
            vectors.add(arguments(op + ":*.example.com", op + ":*.example.com:*"));
            vectors.add(arguments(op + "::99", op + ":*:99"));
        }
        vectors.add(arguments("resolve-host", "resolve-host"));
        vectors.add(arguments("resolve-proxy", "resolve-proxy"));
        vectors.add(arguments("udp-send-to:wWW.ExAmPlE.cOm", "udp-send-to:www.example.com:*"));
        vectors.add(arguments("tcp-connect:*.example.com:99", "tcp-connect:*.example.com:99"));
        vectors.add(arguments("udp-multicast-membership", "udp-multicast-membership"));
        vectors.add(arguments("network-state", "network-state"));
        return vectors.build();
    }

    @ParameterizedTest
    @MethodSource("canonicalForms")
    void chromiumCanonicalForm(String rule, String canonical) {
        SocketPermissions permissions = SocketPermissions.parse(List.of(rule));
        assertEquals(List.of(canonical), permissions.canonicalRules());
        assertEquals(List.of(), permissions.warnings());
    }

    static Stream<Arguments> matches() {
        return Stream.of(
                arguments("tcp-connect", SocketOperation.TCP_CONNECT, "www.example.com", 80, true),
                arguments("tcp-connect", SocketOperation.UDP_SEND_TO, "www.example.com", 80, false),

                arguments("udp-send-to::8800", SocketOperation.UDP_SEND_TO, "www.example.com", 8800, true),
                arguments("udp-send-to::8800", SocketOperation.UDP_SEND_TO, "smtp.example.com", 8800, true),
                arguments("udp-send-to::8800", SocketOperation.TCP_CONNECT, "www.example.com", 80, false),

                arguments("udp-send-to:*.example.com:8800", SocketOperation.UDP_SEND_TO, "www.example.com", 8800, true),
                arguments("udp-send-to:*.example.com:8800", SocketOperation.UDP_SEND_TO, "smtp.example.com", 8800, true),
                arguments("udp-send-to:*.example.com:8800", SocketOperation.UDP_SEND_TO, "SMTP.example.com", 8800, true),
                arguments("udp-send-to:*.example.com:8800", SocketOperation.TCP_CONNECT, "www.example.com", 80, false),
                arguments("udp-send-to:*.example.com:8800", SocketOperation.UDP_SEND_TO, "www.google.com", 8800, false),
                arguments("udp-send-to:*.example.com:8800", SocketOperation.UDP_SEND_TO, "wwwexample.com", 8800, false),

                arguments("udp-send-to:*.ExAmPlE.cOm:8800", SocketOperation.UDP_SEND_TO, "www.example.com", 8800, true),
                arguments("udp-send-to:*.ExAmPlE.cOm:8800", SocketOperation.UDP_SEND_TO, "smtp.example.com", 8800, true),
                arguments("udp-send-to:*.ExAmPlE.cOm:8800", SocketOperation.UDP_SEND_TO, "SMTP.example.com", 8800, true),
                arguments("udp-send-to:*.ExAmPlE.cOm:8800", SocketOperation.TCP_CONNECT, "www.example.com", 80, false),
                arguments("udp-send-to:*.ExAmPlE.cOm:8800", SocketOperation.UDP_SEND_TO, "www.google.com", 8800, false),

                arguments("udp-bind::8800", SocketOperation.UDP_BIND, "127.0.0.1", 8800, true),
                arguments("udp-bind::8800", SocketOperation.UDP_BIND, "127.0.0.1", 8888, false),
                arguments("udp-bind::8800", SocketOperation.TCP_CONNECT, "www.example.com", 80, false),
                arguments("udp-bind::8800", SocketOperation.UDP_SEND_TO, "www.google.com", 8800, false),

                arguments("tcp-connect:*.168.0.1:8800", SocketOperation.TCP_CONNECT, "192.168.0.1", 8800, false),

                arguments("udp-multicast-membership", SocketOperation.UDP_BIND, "127.0.0.1", 8800, false),
                arguments("udp-multicast-membership", SocketOperation.UDP_BIND, "127.0.0.1", 8888, false),
                arguments("udp-multicast-membership", SocketOperation.TCP_CONNECT, "www.example.com", 80, false),
                arguments("udp-multicast-membership", SocketOperation.UDP_SEND_TO, "www.google.com", 8800, false),
                arguments("udp-multicast-membership", SocketOperation.UDP_MULTICAST_MEMBERSHIP, "127.0.0.1", 35, true),

                arguments("resolve-host", SocketOperation.RESOLVE_HOST, "www.example.com", 80, true),
                arguments("resolve-host", SocketOperation.RESOLVE_HOST, "www.example.com", 8080, true),
                arguments("resolve-host", SocketOperation.UDP_BIND, "127.0.0.1", 8800, false),
                arguments("resolve-host", SocketOperation.TCP_CONNECT, "127.0.0.1", 8800, false),

                arguments("resolve-proxy", SocketOperation.RESOLVE_PROXY, "www.example.com", 80, true),
                arguments("resolve-proxy", SocketOperation.RESOLVE_PROXY, "www.example.com", 8080, true),
                arguments("resolve-proxy", SocketOperation.UDP_BIND, "127.0.0.1", 8800, false),
                arguments("resolve-proxy", SocketOperation.TCP_CONNECT, "127.0.0.1", 8800, false),

                arguments("network-state", SocketOperation.NETWORK_STATE, "", 0, true),
                arguments("network-state", SocketOperation.UDP_BIND, "127.0.0.1", 8800, false),
                arguments("network-state", SocketOperation.TCP_CONNECT, "127.0.0.1", 8800, false));
    }

    @ParameterizedTest
    @MethodSource("matches")
    void chromiumMatch(String rule, SocketOperation operation, String host, int port, boolean granted) {
        SocketPermissions permissions = SocketPermissions.parse(List.of(rule));
        assertEquals(1, permissions.canonicalRules().size(), "the rule parses");
        assertEquals(granted, permissions.allows(operation, host, port));
    }

    /** SocketPermissionTest.Value: a rule list survives the round trip through its display form. */
    @Test
    void chromiumValueRoundTrip() {
        List<String> canonical = SocketPermissions.parse(
                List.of("tcp-connect:*.example.com:80", "udp-bind::8080", "udp-send-to::8888")).canonicalRules();
        assertEquals(canonical, SocketPermissions.parse(canonical).canonicalRules());
        assertEquals(List.of("tcp-connect:*.example.com:80", "udp-bind:*:8080", "udp-send-to:*:8888"), canonical);
    }
}
