package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupAddressTest {

    @ParameterizedTest
    @CsvSource({
        "239.1.2.3:5000, 239.1.2.3:5000, ''",
        "' 224.0.0.251:5353 ', 224.0.0.251:5353, ''",
        "ff02::1234%lo:5000, [ff02::1234%lo]:5000, lo",
        "[ff02::1234%lo]:5000, [ff02::1234%lo]:5000, lo",
        "[FF15:0:0:0:0:0:0:1]:6000, [ff15::1]:6000, ''",
    })
    void groupsAreReadInEveryUsualSpelling(String text, String canonical, String zone) {
        GroupAddress group = GroupAddress.parse(text);
        assertEquals(canonical, group.toString());
        assertEquals(zone, group.zone());
        assertEquals(group, GroupAddress.parse(canonical));
    }

    @Test
    void aProbeTargetMatchesByAddressAndPortIgnoringTheZone() {
        GroupAddress group = GroupAddress.parse("[ff02::1234%lo]:5000");
        assertTrue(group.isIpv6());
        assertTrue(group.matches(GroupAddress.parse("[ff02::1234]:5000").toSocketAddress()));
        assertFalse(group.matches(GroupAddress.parse("[ff02::1234]:5001").toSocketAddress()));
        assertFalse(group.matches(GroupAddress.parse("[ff02::1235]:5000").toSocketAddress()));
        assertFalse(group.matches(InetSocketAddress.createUnresolved("ff02::1234", 5000)));
    }
}
