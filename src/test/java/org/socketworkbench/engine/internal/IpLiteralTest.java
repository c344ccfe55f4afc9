package org.socketworkbench.engine.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IP-literal test that keeps subdomain rules off addresses (Chromium's url::CanonicalizeIPAddress). */
class IpLiteralTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.1", "0.0.0.0", "255.255.255.255", "127.0.0.1.", "127.1", "10.1.2", "2130706433",
        "4294967295", "0x7f.0.0.1", "0X7F.0.0.1", "0x7f000001", "0177.0.0.1", "00.0.0.0", "0x.0.0.0", "1.2.3.0x", "1.0x00ff",
        "[::1]", "[fe80::1:2:3:4]", "[::ffff:192.168.0.1]", "[1:2:3:4:5:6:7:8]"})
    void addresses(String host) {
        assertTrue(IpLiteral.isIpLiteral(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "localhost", "example.com", "host.0.0.1", "1.2.3.999", "256.0.0.1", "1.2.3.4.5",
        "1.2.3.4..", "1..2.3", ".1.2.3", "4294967296", "1.2.16777216", "08.0.0.1", "0xg.1.2.3",
        "1.2.3.\u0661", "\uFF11.2.3.4", "::1", "fe80::1", "::ffff:1.2.3.4", "[::1", "::1]", "[]", "[::1%1]",
        "[1::2::3]", "[1.2.3.4]", "[::1]x"})
    void notAddresses(String host) {
        assertFalse(IpLiteral.isIpLiteral(host), host);
    }
}
