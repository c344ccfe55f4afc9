package org.socketworkbench.sockets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|",
        "65535|",
        "65536|Port must be between 0 and 65535",
        "-1|Port must be between 0 and 65535",
        "80a|Port must be a whole number",
        "''|Port is required",
    })
    void ports(String text, String problem) {
        assertEquals(Optional.ofNullable(problem), InputCheck.port(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "example.org|",
        "127.0.0.1|",
        "fe80::1%lo|",
        "exa mple|Host contains ' '; use a name like example.org or an address like 127.0.0.1",
        "''|Host is required",
    })
    void hosts(String text, String problem) {
        assertEquals(Optional.ofNullable(problem), InputCheck.host(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "239.1.2.3|",
        "ff02::1234|",
        "192.168.1.1|Group must be a multicast address (224.0.0.0/4 or ff00::/8)",
        "group|Group must be an IP address such as 239.1.2.3 or ff02::1234",
    })
    void multicastGroups(String text, String problem) {
        assertEquals(Optional.ofNullable(problem), InputCheck.multicastGroup(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-1000000000|",
        "1000000000|",
        "1000000001|Counter start must be between -1000000000 and 1000000000",
        "-1000000001|Counter start must be between -1000000000 and 1000000000",
        "99999999999999999999|Counter start must be a whole number",
    })
    void rangesWiderThanAnInt(String text, String problem) {
        assertEquals(Optional.ofNullable(problem), InputCheck.between(text, "Counter start", -1_000_000_000L, 1_000_000_000L));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|", "255|", "256|TTL must be between 0 and 255"})
    void timeToLive(String text, String problem) {
        assertEquals(Optional.ofNullable(problem), InputCheck.ttl(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.0.0.0|", "::|", "localhost|Address must be an IP address such as 0.0.0.0, 127.0.0.1 or ::"})
    void bindAddresses(String text, String problem) {
        assertEquals(Optional.ofNullable(problem), InputCheck.ipLiteral(text));
    }
}
