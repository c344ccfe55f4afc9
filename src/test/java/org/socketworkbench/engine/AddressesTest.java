package org.socketworkbench.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddressesTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "::1, ::1",
        "::, ::",
        "fe80:0:0:0:1:2:3:4, fe80::1:2:3:4",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "1:0:0:0:0:0:0:0, 1::",
        "ff02:0:0:0:0:0:0:fb, ff02::fb",
        "0:0:0:0:0:ffff:c0a8:101, 192.168.1.1",
        "2001:DB8:0:0:0:0:0:ABCD, 2001:db8::abcd",
    })
    void addressesAreNumericAndIpv6IsCompressed(String literal, String expected) throws UnknownHostException {
        assertEquals(expected, Addresses.toText(InetAddress.getByName(literal)));
    }

    @Test
    void theZoneIsDropped() throws UnknownHostException {
        assertEquals("fe80::1", Addresses.toText(InetAddress.getByName("fe80::1%1")));
    }
}
