package org.socketworkbench.engine.conformance;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.WriteInfo;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socketworkbench.engine.conformance.ContractText.DNS_FAILED;
import static org.socketworkbench.engine.conformance.Outcome.assertOutcome;
import static org.socketworkbench.engine.conformance.Sockets.LOOPBACK;
import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * Contract §5.4 bind, §5.6/§5.7 read and write on UDP, §5.8 recvFrom and §5.9 sendTo, beyond the
 * single cells of the §7 matrix.
 */
class UdpTest {

    @AutoClose
    private final EngineFixture fx = new EngineFixture();

    // ------------------------------------------------------------------ §5.4 bind

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "", "127.0.0.256"})
    void bindToAnAddressThatIsNotALiteralIsMinus4WithoutLastError(String address) {
        assertOutcome(fx.calls().bind(fx.sockets().freshUdp(), address, 0), -4, null);
    }

    @Test
    void bindToAPortInUseIsMinus147WithoutLastError() {
        Sockets.BoundUdp first = fx.sockets().boundUdp(LOOPBACK);
        assertOutcome(fx.calls().bind(fx.sockets().freshUdp(), LOOPBACK, first.port()), -147, null);
    }

    @Test
    void bindToAnAddressThisHostDoesNotHaveIsMinus108WithoutLastError() {
        assertOutcome(fx.calls().bind(fx.sockets().freshUdp(), "203.0.113.7", 0), -108, null);
    }

    @Test
    void bindToTheWildcardAddressWorks() {
        int id = fx.sockets().freshUdp();
        assertOutcome(fx.calls().bind(id, "0.0.0.0", 0), 0, null);
        SocketInfo info = fx.calls().getInfo(id).value();
        assertEquals("0.0.0.0", info.localAddress());
    }

    @Test
    void disconnectMakesTheSocketFreshAgain() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        fx.engine().disconnect(bound.id());
        assertOutcome(fx.calls().getInfo(bound.id()), new SocketInfo("udp", false, null, null, null, null), null);
        assertOutcome(fx.calls().recvFrom(bound.id(), null), RecvFromInfo.of(-15), null);
        assertOutcome(fx.calls().bind(bound.id(), LOOPBACK, bound.port()), 0, null);
        fx.assertNoWarningSoFar();
    }

    // ------------------------------------------------------------------ §5.6 read, §5.7 write

    @Test
    void readOnABoundSocketTakesDatagramsFromAnySender() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        for (UdpPeer sender : new UdpPeer[] {fx.sockets().udpPeer(LOOPBACK), fx.sockets().udpPeer(LOOPBACK)}) {
            byte[] data = TestData.pattern(20, sender.port());
            sender.sendTo(bound.port(), data);
            assertOutcome(fx.calls().read(bound.id(), null), new ReadInfo(data.length, data), null);
        }
    }

    @Test
    void aZeroLengthDatagramIsResultZeroWithoutASender() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        peer.sendTo(bound.port(), new byte[0]);
        assertOutcome(fx.calls().read(bound.id(), null), ReadInfo.of(0), null);
        peer.sendTo(bound.port(), new byte[0]);
        assertOutcome(fx.calls().recvFrom(bound.id(), null), RecvFromInfo.of(0), null);
    }

    /**
     * The contract fixes only the result, {@code bytesWritten: 0} (§5.7). Whether an empty datagram
     * leaves a connected socket is not asserted: Java NIO drops zero-length writes on connected
     * datagram channels (see the report), while Chrome's release builds pass them to the OS.
     */
    @Test
    void aZeroLengthWriteReportsZeroBytes() {
        Sockets.ConnectedUdp connected = fx.sockets().connectedUdp(fx.sockets().udpPeer(LOOPBACK));
        assertOutcome(fx.calls().write(connected.id(), new byte[0]), new WriteInfo(0), null);
    }

    @Test
    void aZeroLengthSendToSendsAnEmptyDatagram() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        assertOutcome(fx.calls().sendTo(bound.id(), new byte[0], LOOPBACK, peer.port()), new WriteInfo(0), null);
        assertEquals(bound.port(), peer.expect(new byte[0]));
    }

    @Test
    void aConnectedSocketReportsMinus102AfterThePortWasUnreachable() {
        int id = fx.sockets().freshUdp();
        assertOutcome(fx.calls().connect(id, LOOPBACK, Sockets.closedUdpPort()), 0, null);
        assertOutcome(fx.calls().write(id, PAYLOAD), new WriteInfo(PAYLOAD.length), null);
        assertOutcome(fx.calls().read(id, null), ReadInfo.of(-102), null);
    }

    @Test
    void aSecondReceiveWhileOneIsPendingIsMinus1AndTheFirstIsUnaffected() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);

        var read = fx.calls().startRead(bound.id(), null);
        assertOutcome(fx.calls().read(bound.id(), null), ReadInfo.of(-1), null);
        assertOutcome(fx.calls().recvFrom(bound.id(), null), RecvFromInfo.of(-1), null);
        peer.sendTo(bound.port(), PAYLOAD);
        assertOutcome(fx.calls().await(read), new ReadInfo(PAYLOAD.length, PAYLOAD), null);

        var recvFrom = fx.calls().startRecvFrom(bound.id(), null);
        assertOutcome(fx.calls().recvFrom(bound.id(), null), RecvFromInfo.of(-1), null);
        assertOutcome(fx.calls().read(bound.id(), null), ReadInfo.of(-1), null);
        peer.sendTo(bound.port(), PAYLOAD);
        assertOutcome(fx.calls().await(recvFrom), new RecvFromInfo(PAYLOAD.length, PAYLOAD, LOOPBACK, peer.port()), null);
    }

    // ------------------------------------------------------------------ §5.8 recvFrom

    @Test
    void aDatagramLargerThanBufferSizeIsTruncated() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        byte[] ten = TestData.pattern(10, 4);
        peer.sendTo(bound.port(), ten);
        assertOutcome(fx.calls().recvFrom(bound.id(), 4),
                new RecvFromInfo(4, Arrays.copyOf(ten, 4), LOOPBACK, peer.port()), null);
    }

    @Test
    void withoutBufferSizeRecvFromReceivesAtMost4096Bytes() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        byte[] data = TestData.pattern(5000, 5);
        peer.sendTo(bound.port(), data);
        assertOutcome(fx.calls().recvFrom(bound.id(), null),
                new RecvFromInfo(4096, Arrays.copyOf(data, 4096), LOOPBACK, peer.port()), null);
    }

    @Test
    void aLargeBufferSizeAsTheMulticastSampleUsesWorks() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        byte[] data = TestData.pattern(60_000, 6);
        peer.sendTo(bound.port(), data);
        assertOutcome(fx.calls().recvFrom(bound.id(), 1_048_576),
                new RecvFromInfo(data.length, data, LOOPBACK, peer.port()), null);
    }

    // ------------------------------------------------------------------ §5.9 sendTo

    @Test
    void sendToResolvesAHostName() {
        Sockets.BoundUdp bound = fx.sockets().boundUdp(LOOPBACK);
        UdpPeer peer = fx.sockets().udpPeer(LOOPBACK);
        assertOutcome(fx.calls().sendTo(bound.id(), PAYLOAD, "localhost", peer.port()), new WriteInfo(PAYLOAD.length), null);
        assertEquals(bound.port(), peer.expect(PAYLOAD));
    }

    @Test
    void sendToANameThatDoesNotResolveIsMinus105WithTheDnsMessage() {
        int udp = fx.sockets().boundUdp(LOOPBACK).id();
        assertOutcome(fx.calls().sendTo(udp, PAYLOAD, "", 9), new WriteInfo(-105), DNS_FAILED);
    }

    @Test
    void connectToANameThatDoesNotResolveIsMinus105WithTheDnsMessage() {
        assertOutcome(fx.calls().connect(fx.sockets().freshUdp(), "", 9), -105, DNS_FAILED);
    }

    @Test
    void sendToOnTcpResolvesFirstThenFails() {
        int tcp = fx.sockets().freshTcp();
        assertOutcome(fx.calls().sendTo(tcp, PAYLOAD, "", 9), new WriteInfo(-105), DNS_FAILED);
        assertOutcome(fx.calls().sendTo(tcp, PAYLOAD, "localhost", 9), new WriteInfo(-2), null);
    }

    /** No API sets SO_BROADCAST; the loopback broadcast address keeps the test on lo if it did. */
    @Test
    void sendToABroadcastAddressIsMinus10() {
        int udp = fx.sockets().boundUdp(LOOPBACK).id();
        assertOutcome(fx.calls().sendTo(udp, PAYLOAD, "127.255.255.255", 9), new WriteInfo(-10), null);
    }

    /** Linux refuses a datagram to port 0 with EINVAL, which is -4 (contract §9). */
    @ParameterizedTest
    @ValueSource(strings = {LOOPBACK, Sockets.V6_LOOPBACK})
    void sendToPortZeroIsMinus4WithoutLastError(String address) {
        int udp = fx.sockets().boundUdp(address).id();
        assertOutcome(fx.calls().sendTo(udp, PAYLOAD, address, 0), new WriteInfo(-4), null);
    }

    @Test
    void sendToFromAConnectedSocketToItsPeerWorks() {
        Sockets.ConnectedUdp connected = fx.sockets().connectedUdp(fx.sockets().udpPeer(LOOPBACK));
        assertOutcome(fx.calls().sendTo(connected.id(), PAYLOAD, LOOPBACK, connected.peer().port()),
                new WriteInfo(PAYLOAD.length), null);
        assertArrayEquals(PAYLOAD, connected.peer().receive().data());
    }
}
