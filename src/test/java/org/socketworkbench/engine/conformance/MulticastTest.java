package org.socketworkbench.engine.conformance;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.WriteInfo;

import java.util.List;

import static org.socketworkbench.engine.conformance.ContractText.MULTICAST_TYPE;
import static org.socketworkbench.engine.conformance.ContractText.NET_ADDRESS_INVALID;
import static org.socketworkbench.engine.conformance.ContractText.NET_INVALID_ARGUMENT;
import static org.socketworkbench.engine.conformance.ContractText.NET_SOCKET_IS_CONNECTED;
import static org.socketworkbench.engine.conformance.ContractText.NET_SOCKET_NOT_CONNECTED;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.Sockets.V6_LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * Contract §5.16–§5.20 (joinGroup, leaveGroup, setMulticastTimeToLive, setMulticastLoopbackMode,
 * getJoinedGroups) and the setMulticastInterface extension, IPv4 on {@code lo} only. Network
 * rule: every UDP socket comes from {@link Sockets#freshUdp()}, which sets the adapter {@code lo}
 * and TTL 0 before the socket can bind, join or send; nothing leaves the machine. IPv6 multicast
 * does not work on this host's {@code lo} and is tested elsewhere, in a network namespace.
 */
class MulticastTest {

    private static final String GROUP_A = "239.255.77.1";
    private static final String GROUP_B = "239.255.77.2";
    private static final String GROUP_C = "239.255.77.3";

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    private int boundToAnyAddress() {
        return fx.sockets().boundUdp("0.0.0.0").id();
    }

    // ------------------------------------------------------------------ §5.16, §5.17 round trip

    @Test
    void joinSendReceiveLeaveOnLoopback() {
        Sockets.BoundUdp receiver = fx.sockets().boundUdp("0.0.0.0");
        assertOutcome(fx.calls().joinGroup(receiver.id(), GROUP_A), 0, null);
        assertOutcome(fx.calls().getJoinedGroups(receiver.id()), List.of(GROUP_A), null);

        Sockets.BoundUdp sender = fx.sockets().boundUdp(LOOPBACK);
        assertOutcome(fx.calls().sendTo(sender.id(), PAYLOAD, GROUP_A, receiver.port()), new WriteInfo(PAYLOAD.length), null);
        assertOutcome(fx.calls().recvFrom(receiver.id(), null),
                new RecvFromInfo(PAYLOAD.length, PAYLOAD, LOOPBACK, sender.port()), null);

        assertOutcome(fx.calls().leaveGroup(receiver.id(), GROUP_A), 0, null);
        assertOutcome(fx.calls().getJoinedGroups(receiver.id()), List.of(), null);
    }

    // ------------------------------------------------------------------ §5.18, §5.19 setters

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 12, 255})
    void aTimeToLiveFrom0To255IsAcceptedBeforeBind(int ttl) {
        assertOutcome(fx.calls().setMulticastTimeToLive(fx.sockets().freshUdp(), ttl), 0, null);
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, -1, 256, Integer.MAX_VALUE})
    void aTimeToLiveOutOfRangeIsMinus4(int ttl) {
        assertOutcome(fx.calls().setMulticastTimeToLive(fx.sockets().freshUdp(), ttl), -4, NET_INVALID_ARGUMENT);
    }

    @Test
    void loopbackModeIsAcceptedBothWaysBeforeBind() {
        int udp = fx.sockets().freshUdp();
        assertOutcome(fx.calls().setMulticastLoopbackMode(udp, false), 0, null);
        assertOutcome(fx.calls().setMulticastLoopbackMode(udp, true), 0, null);
    }

    @Test
    void theSettersFailOnceTheSocketIsBoundOrConnected() {
        int bound = fx.sockets().boundUdp(LOOPBACK).id();
        int connected = fx.sockets().connectedUdp(fx.sockets().udpPeer(LOOPBACK)).id();
        for (int udp : new int[] {bound, connected}) {
            assertOutcome(fx.calls().setMulticastTimeToLive(udp, 0), -23, NET_SOCKET_IS_CONNECTED);
            assertOutcome(fx.calls().setMulticastTimeToLive(udp, -3), -23, NET_SOCKET_IS_CONNECTED);
            assertOutcome(fx.calls().setMulticastLoopbackMode(udp, true), -23, NET_SOCKET_IS_CONNECTED);
            assertOutcome(fx.calls().setMulticastInterface(udp, Sockets.MULTICAST_ADAPTER), -23, NET_SOCKET_IS_CONNECTED);
        }
    }

    @Test
    void theSettersWorkAgainAfterDisconnect() {
        int udp = fx.sockets().boundUdp(LOOPBACK).id();
        fx.engine().disconnect(udp);
        assertOutcome(fx.calls().setMulticastInterface(udp, Sockets.MULTICAST_ADAPTER), 0, null);
        assertOutcome(fx.calls().setMulticastTimeToLive(udp, Sockets.MULTICAST_TTL), 0, null);
        assertOutcome(fx.calls().setMulticastLoopbackMode(udp, true), 0, null);
    }

    @Test
    void anUnknownAdapterNameIsMinus108() {
        assertOutcome(fx.calls().setMulticastInterface(fx.sockets().freshUdp(), "no-such-adapter0"), -108,
                NET_ADDRESS_INVALID);
    }

    // ------------------------------------------------------------------ §5.16, §5.17 failures

    @Test
    void joinOnASocketThatIsNotBoundIsMinus15() {
        int fresh = fx.sockets().freshUdp();
        assertOutcome(fx.calls().joinGroup(fresh, GROUP_A), -15, NET_SOCKET_NOT_CONNECTED);
        assertOutcome(fx.calls().getJoinedGroups(fresh), List.of(), null);
    }

    @Test
    void joiningTwiceIsMinus108AndListsTheGroupOnce() {
        int udp = boundToAnyAddress();
        assertOutcome(fx.calls().joinGroup(udp, GROUP_A), 0, null);
        assertOutcome(fx.calls().joinGroup(udp, GROUP_A), -108, NET_ADDRESS_INVALID);
        assertOutcome(fx.calls().getJoinedGroups(udp), List.of(GROUP_A), null);
    }

    @Test
    void leavingAGroupNotJoinedIsMinus108EvenWhenNotBound() {
        assertOutcome(fx.calls().leaveGroup(boundToAnyAddress(), GROUP_A), -108, NET_ADDRESS_INVALID);
        assertOutcome(fx.calls().leaveGroup(fx.sockets().freshUdp(), GROUP_A), -108, NET_ADDRESS_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"multicast.example", "", "239.255.77.256"})
    void aGroupThatIsNotAnIpLiteralIsMinus108EvenWhenNotBound(String group) {
        assertOutcome(fx.calls().joinGroup(boundToAnyAddress(), group), -108, NET_ADDRESS_INVALID);
        assertOutcome(fx.calls().joinGroup(fx.sockets().freshUdp(), group), -108, NET_ADDRESS_INVALID);
        assertOutcome(fx.calls().leaveGroup(boundToAnyAddress(), group), -108, NET_ADDRESS_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {LOOPBACK, "10.1.2.3"})
    void aUnicastAddressIsMinus4(String unicast) {
        int udp = boundToAnyAddress();
        assertOutcome(fx.calls().joinGroup(udp, unicast), -4, NET_INVALID_ARGUMENT);
        assertOutcome(fx.calls().getJoinedGroups(udp), List.of(), null);
    }

    @Test
    void aGroupOfTheOtherAddressFamilyIsMinus108() {
        assertOutcome(fx.calls().joinGroup(boundToAnyAddress(), "ff02::114"), -108, NET_ADDRESS_INVALID);
        int ipv6 = fx.sockets().boundUdp(V6_LOOPBACK).id();
        assertOutcome(fx.calls().joinGroup(ipv6, GROUP_A), -108, NET_ADDRESS_INVALID);
    }

    // ------------------------------------------------------------------ §5.20 getJoinedGroups

    @Test
    void joinedGroupsAreListedInJoinOrderAndDisconnectClearsThem() {
        int udp = boundToAnyAddress();
        for (String group : List.of(GROUP_C, GROUP_A, GROUP_B)) {
            assertOutcome(fx.calls().joinGroup(udp, group), 0, null);
        }
        assertOutcome(fx.calls().getJoinedGroups(udp), List.of(GROUP_C, GROUP_A, GROUP_B), null);
        assertOutcome(fx.calls().leaveGroup(udp, GROUP_A), 0, null);
        assertOutcome(fx.calls().getJoinedGroups(udp), List.of(GROUP_C, GROUP_B), null);

        fx.engine().disconnect(udp);
        assertOutcome(fx.calls().getJoinedGroups(udp), List.of(), null);
        assertOutcome(fx.calls().bind(udp, "0.0.0.0", 0), 0, null);
        assertOutcome(fx.calls().joinGroup(udp, GROUP_A), 0, null);
        assertOutcome(fx.calls().getJoinedGroups(udp), List.of(GROUP_A), null);
    }

    // ------------------------------------------------------------------ not UDP

    @Test
    void everyMulticastCallOnTcpIsMinus1OnlyUdp() {
        for (int tcp : new int[] {fx.sockets().freshTcp(), fx.sockets().connectedTcp(LOOPBACK).id()}) {
            assertOutcome(fx.calls().joinGroup(tcp, GROUP_A), -1, MULTICAST_TYPE);
            assertOutcome(fx.calls().leaveGroup(tcp, GROUP_A), -1, MULTICAST_TYPE);
            assertOutcome(fx.calls().setMulticastTimeToLive(tcp, 0), -1, MULTICAST_TYPE);
            assertOutcome(fx.calls().setMulticastLoopbackMode(tcp, true), -1, MULTICAST_TYPE);
            assertOutcome(fx.calls().getJoinedGroups(tcp), null, MULTICAST_TYPE);
            assertOutcome(fx.calls().setMulticastInterface(tcp, Sockets.MULTICAST_ADAPTER), -1, MULTICAST_TYPE);
        }
    }
}
