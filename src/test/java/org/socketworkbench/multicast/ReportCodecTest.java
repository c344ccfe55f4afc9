package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCodecTest {

    private static final ReportBlock BLOCK = new ReportBlock(0x1122334455667788L, 1001, 1000, 990, 10, 1, 2, 3,
            OptionalLong.of(400_000), 1_700_000_000_000_000_000L, 250_000_000, OptionalLong.empty());
    private static final ReceiverReport REPORT = new ReceiverReport(42, 7, 1_700_000_000_500_000_000L, 1000,
            "höst-a", List.of(BLOCK, new ReportBlock(9, 0, 0, 0, 0, 0, 0, 0, OptionalLong.empty(), 0, 0,
            OptionalLong.of(123_456))));

    @Test
    void aReportReadsBackAsWritten() {
        byte[] bytes = ReportCodec.encode(REPORT);
        assertEquals(ReportCodec.FIXED_HEADER + "höst-a".getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + 2 * ReportCodec.BLOCK_LENGTH, bytes.length);
        assertEquals(new ReportDecoding.Report(REPORT), ReportCodec.decode(bytes));
        assertEquals("SWRR", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void longerBlocksAndTrailingExtensionsAreSkippedByLength() {
        byte[] v1 = ReportCodec.encode(REPORT);
        int header = ByteBuffer.wrap(v1).getShort(6);
        int extra = 8;
        ByteBuffer future = ByteBuffer.allocate(v1.length + 2 * extra + 4 + 3);
        future.put(v1, 0, header);
        future.putShort(34, (short) (ReportCodec.BLOCK_LENGTH + extra));
        for (int i = 0; i < 2; i++) {
            future.put(v1, header + i * ReportCodec.BLOCK_LENGTH, ReportCodec.BLOCK_LENGTH).put(new byte[extra]);
        }
        future.putShort((short) 77).putShort((short) 3).put(new byte[] {1, 2, 3});
        assertEquals(new ReportDecoding.Report(REPORT), ReportCodec.decode(future.array()));
    }

    @Test
    void unreadableReportsSayWhy() {
        byte[] bytes = ReportCodec.encode(REPORT);
        byte[] version = bytes.clone();
        version[4] = 9;
        assertEquals(new ReportDecoding.Rejected("receiver report version 9, this build reads version 1"),
                ReportCodec.decode(version));
        ReportDecoding cut = ReportCodec.decode(Arrays.copyOf(bytes, bytes.length - 1));
        assertTrue(((ReportDecoding.Rejected) cut).detail().contains("cut short"), cut.toString());
        assertInstanceOf(ReportDecoding.Rejected.class, ReportCodec.decode(Arrays.copyOf(bytes, 10)));
    }

    @Test
    void manySendersSplitIntoSeveralDatagrams() {
        List<ReportBlock> blocks = LongStream.range(1, 30).mapToObj(id -> new ReportBlock(id, 1, 1, 1, 0, 0, 0, 0,
                OptionalLong.empty(), 0, 0, OptionalLong.empty())).toList();
        List<byte[]> datagrams = ReportCodec.encodeAll(new ReceiverReport(1, 0, 5, 1000, "h", blocks));
        assertEquals(3, datagrams.size());
        assertTrue(datagrams.stream().allMatch(d -> d.length <= 1400));
        long total = datagrams.stream().map(ReportCodec::decode)
                .mapToLong(d -> ((ReportDecoding.Report) d).report().blocks().size()).sum();
        assertEquals(29, total);
    }

    @Test
    void aReportIsNeitherAProbeNorForeignTraffic() {
        Roster roster = new Roster(new FakeClock(1_000 * FakeClock.SECOND), new ClockDomain("me", false));
        roster.record(Probes.CHANNEL, ReportCodec.encode(REPORT), "127.0.0.1", 5000);
        ChannelSnapshot channel = roster.snapshot().channels().getFirst();
        assertEquals(0, channel.foreign().packets());
        assertEquals(List.of(), channel.senders());
        assertEquals(List.of("höst-a"), channel.matrix().receivers().stream().map(MatrixHost::name).toList());
    }
}
