package org.socketworkbench.adapters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The adapter list's broadcast addresses and the Wake-on-LAN magic packet. */
class BroadcastAndWakeOnLanTest {

    @ParameterizedTest
    @CsvSource({"192.168.1.7, 24, 192.168.1.255", "10.213.0.1, 24, 10.213.0.255", "172.16.5.4, 12, 172.31.255.255",
            "127.0.0.1, 8, 127.255.255.255", "10.0.0.1, 30, 10.0.0.3", "0.0.0.0, 0, 255.255.255.255"})
    void anIpv4NetworkBroadcastsWithAllHostBitsSet(String address, int prefix, String broadcast) {
        assertEquals(Optional.of(broadcast), new AdapterAddress(address, prefix).broadcastAddress());
    }

    @Test
    void ipv6AndPointToPointNetworksHaveNoBroadcast() {
        assertEquals(Optional.empty(), new AdapterAddress("fe80::1", 64).broadcastAddress());
        assertEquals(Optional.empty(), new AdapterAddress("10.0.0.1", 31).broadcastAddress());
        assertEquals(Optional.empty(), new AdapterAddress("10.0.0.1", 32).broadcastAddress());
    }

    @Test
    void theMagicPacketIsSixFfThenTheMacSixteenTimes() {
        byte[] packet = WakeOnLan.magicPacket("AA-bb-cc:dd:ee:01");
        assertEquals(102, packet.length);
        byte[] ff = new byte[6];
        Arrays.fill(ff, (byte) 0xFF);
        assertArrayEquals(ff, Arrays.copyOfRange(packet, 0, 6));
        byte[] mac = {(byte) 0xAA, (byte) 0xBB, (byte) 0xCC, (byte) 0xDD, (byte) 0xEE, 0x01};
        for (int copy = 0; copy < 16; copy++) {
            assertArrayEquals(mac, Arrays.copyOfRange(packet, 6 + copy * 6, 12 + copy * 6), "copy " + copy);
        }
    }

    @Test
    void aBadMacIsNamed() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> WakeOnLan.magicPacket("aa:bb"));
        assertEquals("\"aa:bb\" is not a MAC address (six hex pairs, e.g. aa:bb:cc:dd:ee:ff)", bad.getMessage());
    }
}
