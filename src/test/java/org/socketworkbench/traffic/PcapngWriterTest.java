package org.socketworkbench.traffic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.TrafficEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pcapng export, read back by Wireshark's tshark (skipped, with the reason, when tshark is not
 * installed; CI installs it), plus structural checks that need no tshark.
 */
class PcapngWriterTest {

    private static final long T = TrafficEvents.T0;
    private static final HexFormat HEX = HexFormat.of();
    /** Wireshark's checksum status: 0 bad, 1 good, 2 unverified. */
    private static final String GOOD = "1";

    @TempDir
    Path dir;

    private final TrafficCapture capture = new TrafficCapture();

    @BeforeEach
    void requireTshark() {
        assumeTrue(Tshark.isInstalled(), "tshark is not on the PATH, so the pcapng export cannot be checked by Wireshark");
    }

    @Test
    void tsharkReadsTcpPayloadsWithAddressesPortsTimesAndCleanSequenceNumbers() throws Exception {
        append(T, 1, SocketKind.TCP, Direction.OUT, "127.0.0.1", 40000, "127.0.0.2", 9999, "hello");
        append(T + 1_500, 1, SocketKind.TCP, Direction.IN, "127.0.0.1", 40000, "127.0.0.2", 9999, "hello back");
        append(T + 2_000_000_000L, 1, SocketKind.TCP, Direction.OUT, "127.0.0.1", 40000, "127.0.0.2", 9999, "bye");
        Path file = export(capture.snapshot());

        List<String[]> frames = Tshark.fields(file, "frame.time_epoch", "frame.interface_name", "ip.src", "ip.dst",
                "tcp.srcport", "tcp.dstport", "tcp.len", "tcp.payload", "ip.checksum.status", "tcp.checksum.status",
                "frame.comment", "tcp.seq", "tcp.ack");
        assertEquals(3, frames.size());
        assertFrame(frames.get(0), "1735787045.000000006", "socket 1 tcp", "127.0.0.1", "127.0.0.2", "40000", "9999", "5",
                hex("hello"), GOOD, GOOD, "payload #1", "1", "1");
        assertFrame(frames.get(1), "1735787045.000001506", "socket 1 tcp", "127.0.0.2", "127.0.0.1", "9999", "40000", "10",
                hex("hello back"), GOOD, GOOD, "payload #2", "1", "6");
        assertFrame(frames.get(2), "1735787047.000000006", "socket 1 tcp", "127.0.0.1", "127.0.0.2", "40000", "9999", "3",
                hex("bye"), GOOD, GOOD, "payload #3", "6", "11");
        assertEquals(List.of(), Tshark.read(file, "-Y", "tcp.analysis.flags"), "Wireshark's TCP analysis finds nothing odd");
    }

    @Test
    void tsharkReadsUdpOverIpv6AndOneInterfacePerSocket() throws Exception {
        append(T, 2, SocketKind.UDP, Direction.OUT, "::1", 50000, "2001:db8::5", 5353, "query");
        append(T + 10, 3, SocketKind.UDP, Direction.IN, "0.0.0.0", 6000, "192.0.2.7", 6001, "datagram");
        append(T + 20, 2, SocketKind.UDP, Direction.IN, "::1", 50000, "2001:db8::5", 5353, "");
        Path file = export(capture.snapshot());

        List<String[]> frames = Tshark.fields(file, "frame.interface_id", "frame.interface_name", "ipv6.src", "ipv6.dst",
                "ip.src", "ip.dst", "udp.srcport", "udp.dstport", "udp.length", "udp.payload", "udp.checksum.status");
        assertEquals(3, frames.size());
        assertFrame(frames.get(0), "0", "socket 2 udp", "::1", "2001:db8::5", "", "", "50000", "5353", "13", hex("query"), GOOD);
        assertFrame(frames.get(1), "1", "socket 3 udp", "", "", "192.0.2.7", "0.0.0.0", "6001", "6000", "16", hex("datagram"), GOOD);
        assertFrame(frames.get(2), "0", "socket 2 udp", "2001:db8::5", "::1", "", "", "5353", "50000", "8", "", GOOD);
    }

    @Test
    void aLargeTcpPayloadIsSplitIntoValidSegments() throws Exception {
        byte[] big = new byte[150_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 7);
        }
        capture.append(new TrafficEvent(T, 4, SocketKind.TCP, Direction.OUT, true, "10.1.1.1", 1234, "10.1.1.2", 443, big));
        capture.append(TrafficEvents.event(T + 5, 4, SocketKind.TCP, Direction.OUT, "10.1.1.1", 1234, "10.1.1.2", 443, new byte[] {1}));
        Path file = export(capture.snapshot());

        List<String[]> frames = Tshark.fields(file, "tcp.len", "tcp.seq", "ip.len", "tcp.checksum.status", "ip.checksum.status",
                "frame.comment", "tcp.payload");
        assertEquals(4, frames.size());
        assertEquals(List.of("65495", "65495", "19010", "1"), frames.stream().map(f -> f[0]).toList());
        assertEquals(List.of("1", "65496", "130991", "150001"), frames.stream().map(f -> f[1]).toList());
        assertEquals("65535", frames.get(0)[2]);
        assertTrue(frames.stream().allMatch(f -> f[3].equals(GOOD) && f[4].equals(GOOD)), "all checksums good");
        assertEquals("payload #1, part 2 of 3 (150000 bytes in all), TLS plaintext", frames.get(1)[5]);
        StringBuilder joined = new StringBuilder();
        frames.subList(0, 3).forEach(f -> joined.append(f[6]));
        assertEquals(HEX.formatHex(big), joined.toString(), "the segments carry every byte in order");
        assertEquals(List.of(), Tshark.read(file, "-Y", "tcp.analysis.flags"));
    }

    @Test
    void anImpossiblyLargeUdpPayloadBecomesSeveralValidDatagrams() throws Exception {
        byte[] big = new byte[70_000];
        big[69_999] = 42;
        capture.append(TrafficEvents.event(T, 5, SocketKind.UDP, Direction.IN, "127.0.0.1", 5000, "127.0.0.1", 5001, big));
        Path file = export(capture.snapshot());

        List<String[]> frames = Tshark.fields(file, "udp.length", "udp.checksum.status", "frame.comment");
        assertEquals(2, frames.size());
        assertEquals("65515", frames.get(0)[0], "65,507 payload bytes + 8 header bytes");
        assertEquals("4501", frames.get(1)[0], "the other 4,493 bytes");
        assertEquals(GOOD, frames.get(1)[1]);
        assertEquals("payload #1, part 2 of 2 (70000 bytes in all)", frames.get(1)[2]);
    }

    @Test
    void bothEndsOfALoopbackConnectionShowEachByteOnceAsItWasRead() throws Exception {
        append(T, 1, SocketKind.TCP, Direction.OUT, "127.0.0.1", 40000, "127.0.0.1", 8080, "ping");
        append(T + 1, 2, SocketKind.TCP, Direction.IN, "127.0.0.1", 8080, "127.0.0.1", 40000, "ping");
        append(T + 2, 2, SocketKind.TCP, Direction.OUT, "127.0.0.1", 8080, "127.0.0.1", 40000, "pong");
        append(T + 3, 1, SocketKind.TCP, Direction.IN, "127.0.0.1", 40000, "127.0.0.1", 8080, "pong");
        Path file = export(capture.snapshot());

        List<String[]> frames = Tshark.fields(file, "frame.interface_name", "tcp.srcport", "tcp.seq", "tcp.ack",
                "tcp.payload", "frame.comment");
        assertEquals(2, frames.size(), "each byte once");
        assertFrame(frames.get(0), "socket 2 tcp", "40000", "1", "1", hex("ping"), "payload #2");
        assertFrame(frames.get(1), "socket 1 tcp", "8080", "1", "5", hex("pong"), "payload #4");
        assertEquals(List.of(), Tshark.read(file, "-Y", "tcp.analysis.flags"), "Wireshark's TCP analysis finds nothing odd");
    }

    @Test
    void aWriteRecordedAfterThePartnerReadItMakesNoOutOfOrderSegments() throws Exception {
        // the engine records a write when it completes: a large one after the other end's first reads
        append(T, 2, SocketKind.TCP, Direction.IN, "127.0.0.1", 8080, "127.0.0.1", 40000, "abc");
        append(T + 1, 2, SocketKind.TCP, Direction.OUT, "127.0.0.1", 8080, "127.0.0.1", 40000, "got abc");
        append(T + 2, 1, SocketKind.TCP, Direction.OUT, "127.0.0.1", 40000, "127.0.0.1", 8080, "abcdef");
        append(T + 3, 2, SocketKind.TCP, Direction.IN, "127.0.0.1", 8080, "127.0.0.1", 40000, "def");
        append(T + 4, 1, SocketKind.TCP, Direction.IN, "127.0.0.1", 40000, "127.0.0.1", 8080, "got abc");
        Path file = export(capture.snapshot());

        List<String> conversations = Tshark.read(file, "-q", "-z", "conv,tcp").stream()
                .filter(line -> line.contains("<->")).toList();
        assertEquals(1, conversations.size(), "one conversation: " + conversations);
        List<String[]> frames = Tshark.fields(file, "tcp.srcport", "tcp.seq", "tcp.ack", "tcp.len");
        assertEquals(List.of("40000 1 1 3", "40000 4 1 3", "8080 1 7 7"),
                frames.stream().map(f -> String.join(" ", f)).toList());
        assertEquals(List.of(), Tshark.read(file, "-Y", "tcp.analysis.flags"), "no retransmission, nothing out of order");
    }

    @Test
    void aSocketWhosePeerIsNotInTheExportKeepsItsWrites() throws Exception {
        append(T, 1, SocketKind.TCP, Direction.OUT, "127.0.0.1", 40000, "127.0.0.1", 8080, "ping");
        append(T + 1, 3, SocketKind.TCP, Direction.IN, "127.0.0.1", 8080, "127.0.0.1", 40001, "other client");
        List<String[]> frames = Tshark.fields(export(capture.snapshot()), "frame.interface_name");
        assertEquals(2, frames.size());
        assertEquals("socket 1 tcp", frames.get(0)[0]);
    }

    @Test
    void aLaterSocketReusingTheSamePortsGetsNewSequenceNumbers() throws Exception {
        append(T, 1, SocketKind.TCP, Direction.OUT, "127.0.0.1", 40000, "127.0.0.1", 8080, "first");
        append(T + 1, 9, SocketKind.TCP, Direction.OUT, "127.0.0.1", 40000, "127.0.0.1", 8080, "again");
        List<String[]> frames = Tshark.fields(export(capture.snapshot()), "tcp.seq_raw");
        assertTrue(!frames.get(0)[0].equals(frames.get(1)[0]), "different initial sequence numbers");
    }

    @Test
    void theFileStartsWithASectionHeaderAndNanosecondInterfaces() throws IOException {
        append(T, 7, SocketKind.TCP, Direction.OUT, "127.0.0.1", 1, "127.0.0.1", 2, "x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapngWriter.write(capture.snapshot(), out);
        ByteBuffer file = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x0A0D0D0A, file.getInt(0));
        assertEquals(0x1A2B3C4D, file.getInt(8));
        int shbLength = file.getInt(4);
        assertEquals(shbLength, file.getInt(shbLength - 4), "block length repeated at its end");
        assertEquals(1, file.getInt(shbLength), "an interface description block follows");
        assertEquals(PcapngBlockWriter.LINKTYPE_RAW, file.getShort(shbLength + 8));
        assertEquals(0, out.size() % 4, "blocks are padded to 32 bits");
    }

    @Test
    void anEmptyCaptureIsAValidEmptyFile() throws Exception {
        assertEquals(List.of(), Tshark.read(export(List.of())));
    }

    private void append(long time, int socket, SocketKind kind, Direction direction, String local, int localPort,
                        String peer, int peerPort, String text) {
        capture.append(TrafficEvents.event(time, socket, kind, direction, local, localPort, peer, peerPort,
                text.getBytes(StandardCharsets.UTF_8)));
    }

    private Path export(List<CapturedPayload> payloads) throws IOException {
        Path file = dir.resolve("capture.pcapng");
        ExportFormat.PCAPNG.write(payloads, file);
        return file;
    }

    private static String hex(String text) {
        return HEX.formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertFrame(String[] actual, String... expected) {
        assertEquals(List.of(expected), List.of(actual));
    }
}
