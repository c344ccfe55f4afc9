package org.socketworkbench.engine.conformance;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.NetworkInterface;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.engine.conformance.ContractText.SOCKET_NOT_FOUND;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;

/**
 * Contract §5.12 setKeepAlive, §5.13 setNoDelay, §5.14 getInfo and §5.15 getNetworkList, beyond
 * the single cells of the §7 matrix (keep-alive without delay is D7 in {@link ContractDecisionsTest}).
 */
class OptionsAndInfoTest {

    /** RFC 5952: a run of two or more zero groups written out, or a group with a leading zero. */
    private static final Pattern NOT_COMPRESSED = Pattern.compile("(^|:)0+(:0+)+(:|$)|(^|:)0[0-9a-f]");

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    @Test
    void aNewClientKeepsAliveEvery45SecondsAndSetKeepAliveChangesIt() {
        Sockets.Connection connection = fx.sockets().connectedTcp(LOOPBACK);
        int localPort = connection.peer().remotePort();
        int left = KernelSockets.keepAliveSecondsLeft(localPort).orElseThrow();
        assertTrue(left > 30 && left <= 45, "Chrome's 45 s default, " + left + " s left");

        assertOutcome(fx.calls().setKeepAlive(connection.id(), true, 120), true, null);
        left = KernelSockets.keepAliveSecondsLeft(localPort).orElseThrow();
        assertTrue(left > 100 && left <= 120, "the delay is the idle time, " + left + " s left");

        assertOutcome(fx.calls().setKeepAlive(connection.id(), false, null), true, null);
        assertEquals(OptionalInt.empty(), KernelSockets.keepAliveSecondsLeft(localPort), "keep-alive off");
    }

    @Test
    void noDelayCanBeSwitchedBothWaysOnAClient() {
        int id = fx.sockets().connectedTcp(LOOPBACK).id();
        assertOutcome(fx.calls().setNoDelay(id, false), true, null);
        assertOutcome(fx.calls().setNoDelay(id, true), true, null);
    }

    @Test
    void anAcceptedConnectionTakesBothOptions() {
        Sockets.Listener listener = fx.sockets().listening(LOOPBACK);
        fx.sockets().plainClient(LOOPBACK, listener.port());
        int accepted = fx.calls().accept(listener.id()).value().socketId();
        assertOutcome(fx.calls().setNoDelay(accepted, true), true, null);
        assertOutcome(fx.calls().setKeepAlive(accepted, true, 1000), true, null);
    }

    @Test
    void getInfoAfterDestroyIsNoArgumentWithSocketNotFound() {
        int id = fx.sockets().connectedTcp(LOOPBACK).id();
        fx.engine().destroy(id);
        assertOutcome(fx.calls().getInfo(id), null, SOCKET_NOT_FOUND);
    }

    @Test
    void getInfoOfAClientWhosePeerClosedTurnsToNotConnected() {
        int id = fx.sockets().peerClosedTcp();
        assertOutcome(fx.calls().getInfo(id), new SocketInfo("tcp", false, null, null, null, null), null);
    }

    @Test
    void getNetworkListHasEveryAddressOfEveryInterfaceThatIsUpExceptLoopback() throws IOException {
        Sync.Result<List<NetworkInterface>> result = fx.calls().getNetworkList();
        assertTrue(result.lastError().isEmpty());
        List<NetworkInterface> list = result.value();
        assertFalse(list.isEmpty(), "Chromium's test asserts a non-empty list");

        Set<String> expected = new HashSet<>();
        for (java.net.NetworkInterface nif : java.net.NetworkInterface.networkInterfaces().toList()) {
            if (nif.isUp() && !nif.isLoopback()) {
                for (InterfaceAddress address : nif.getInterfaceAddresses()) {
                    InetAddress ip = address.getAddress();
                    if (!ip.isLoopbackAddress() && !ip.isAnyLocalAddress()) {
                        expected.add(nif.getName() + " " + withoutZone(ip) + "/" + address.getNetworkPrefixLength());
                    }
                }
            }
        }
        Set<String> actual = new HashSet<>();
        for (NetworkInterface entry : list) {
            InetAddress ip = InetAddress.ofLiteral(entry.address());
            assertFalse(ip.isLoopbackAddress(), entry + " is a loopback address");
            int maxPrefix = ip instanceof Inet4Address ? 32 : 128;
            assertTrue(entry.prefixLength() > 0 && entry.prefixLength() <= maxPrefix, entry + " prefix length");
            assertFalse(entry.address().contains("%") || entry.address().contains("["), entry + " address text");
            assertFalse(NOT_COMPRESSED.matcher(entry.address()).find(), entry + " IPv6 text is not compressed");
            actual.add(entry.name() + " " + ip.getHostAddress() + "/" + entry.prefixLength());
        }
        assertEquals(expected, actual);
        assertEquals(expected.size(), list.size(), "one entry per address");
    }

    private static String withoutZone(InetAddress ip) {
        String text = ip.getHostAddress();
        int zone = text.indexOf('%');
        return zone < 0 ? text : text.substring(0, zone);
    }
}
