package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.Direction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.traffic.TrafficEvents.tcp;

class TrafficCaptureTest {

    @Test
    void payloadsGetIncreasingSequenceNumbersAndKeepTheirData() {
        TrafficCapture capture = new TrafficCapture();
        capture.traffic(tcp(3, Direction.OUT, "hello"));
        capture.traffic(tcp(3, Direction.IN, "world"));
        capture.traffic(tcp(3, Direction.OUT, "again"));
        List<CapturedPayload> all = capture.snapshot();
        assertEquals(3, all.size());
        assertEquals(1, all.get(0).sequence());
        assertEquals(2, all.get(1).sequence());
        assertEquals(Direction.OUT, all.get(0).direction());
        assertArrayEquals("world".getBytes(), all.get(1).payload());
        assertEquals("127.0.0.1:7", all.get(1).flow().peerEndpoint());
        assertSame(all.get(0).flow(), all.get(2).flow(), "payloads of one socket and direction share one flow object");
        CaptureStats stats = capture.stats();
        assertEquals(3, stats.payloads());
        assertEquals(0, stats.dropped());
        assertEquals(1, stats.oldestSequence());
        assertEquals(3, stats.lastSequence());
        assertEquals(TrafficEvents.T0, stats.startNanos());
    }

    /**
     * Payloads copied one after another into one shared array each read their own bytes only:
     * the filter, the preview and the exports never see a neighbour's bytes.
     */
    @Test
    void payloadsSharingOneArrayReadOnlyTheirOwnBytes() {
        TrafficCapture capture = new TrafficCapture();
        capture.traffic(tcp(3, Direction.IN, "abc"));
        capture.traffic(tcp(3, Direction.IN, "def"));
        capture.traffic(tcp(3, Direction.IN, "ghi"));
        List<CapturedPayload> all = capture.snapshot();
        CapturedPayload middle = all.get(1);
        assertSame(all.get(0).data(), middle.data(), "small payloads share one array");
        assertArrayEquals("def".getBytes(), middle.payload());
        assertEquals("def", PayloadPreview.of(middle, 96));
        assertEquals(List.of(2L), matching(all, "def"));
        assertEquals(List.of(), matching(all, "cde"), "a match across two payloads is no match");
        assertEquals(List.of(), matching(all, "fg"));
        assertEquals(List.of(1L, 2L, 3L), matching(all, ""));
    }

    @Test
    void aPayloadLongerThanAnEighthOfASharedArrayKeepsItsOwn() {
        TrafficCapture capture = new TrafficCapture();
        byte[] big = new byte[PayloadSlabs.SLAB_BYTES / 8 + 1];
        big[big.length - 1] = 7;
        capture.traffic(tcp(3, Direction.IN, "small"));
        capture.traffic(tcp(3, Direction.IN, big));
        capture.traffic(tcp(3, Direction.IN, "after"));
        List<CapturedPayload> all = capture.snapshot();
        assertEquals(big.length, all.get(1).data().length);
        assertEquals(0, all.get(1).offset());
        assertArrayEquals(big, all.get(1).payload());
        assertSame(all.get(0).data(), all.get(2).data(), "the small ones still share theirs");
        assertArrayEquals("after".getBytes(), all.get(2).payload());
    }

    private static List<Long> matching(List<CapturedPayload> payloads, String content) {
        TrafficFilter filter = new TrafficFilter(SocketIdSet.ALL, null, "", content.getBytes());
        return payloads.stream().filter(filter).map(CapturedPayload::sequence).toList();
    }

    @Test
    void theClassifierPlacesEachPayloadAsItArrivesAndRoutesSplitFlows() {
        TrafficCapture capture = new TrafficCapture();
        capture.traffic(tcp(3, Direction.IN, "before"));
        java.util.concurrent.atomic.AtomicInteger conversation = new java.util.concurrent.atomic.AtomicInteger(1);
        capture.routeBy(event -> event.socketId() == 3
                ? java.util.Optional.of(new FlowRoute(conversation.get(), FlowRoute.Way.CLIENT_TO_SERVER))
                : java.util.Optional.empty());
        capture.traffic(tcp(3, Direction.IN, "one"));
        capture.traffic(tcp(3, Direction.IN, "one again"));
        conversation.set(2);
        capture.traffic(tcp(3, Direction.IN, "two"));
        capture.traffic(tcp(4, Direction.IN, "other"));
        capture.routeBy(event -> {
            throw new IllegalStateException("broken classifier");
        });
        capture.traffic(tcp(3, Direction.IN, "kept"));
        List<CapturedPayload> all = capture.snapshot();
        assertEquals(6, all.size(), "a failing classifier loses no payload");
        assertEquals(null, all.get(0).flow().route());
        assertEquals(new FlowRoute(1, FlowRoute.Way.CLIENT_TO_SERVER), all.get(1).flow().route());
        assertSame(all.get(1).flow(), all.get(2).flow(), "one conversation's payloads share one flow");
        assertEquals(new FlowRoute(2, FlowRoute.Way.CLIENT_TO_SERVER), all.get(3).flow().route(),
                "the route of the moment the payload arrived, not of a later one");
        assertEquals(null, all.get(4).flow().route());
        assertEquals(null, all.get(5).flow().route());
        assertSame(all.get(0).flow(), all.get(5).flow());
    }

    @Test
    void theCountCapDropsTheOldestAndCountsThem() {
        TrafficCapture capture = new TrafficCapture(new CaptureLimits(3, Long.MAX_VALUE));
        for (int i = 1; i <= 10; i++) {
            capture.append(tcp(1, Direction.OUT, "m" + i));
        }
        List<CapturedPayload> kept = capture.snapshot();
        assertEquals(List.of(8L, 9L, 10L), kept.stream().map(CapturedPayload::sequence).toList());
        CaptureStats stats = capture.stats();
        assertEquals(7, stats.dropped());
        assertEquals(8, stats.oldestSequence());
        assertEquals("3 payloads, 7 dropped (cap 3 payloads / 8192 PiB)".replace("8192 PiB", stats.limits().describe().split(" / ")[1]),
                stats.describe());
    }

    @Test
    void theByteCapCountsPayloadAndOverhead() {
        long perPayload = CapturedPayload.OVERHEAD_BYTES + 16;
        TrafficCapture capture = new TrafficCapture(new CaptureLimits(1000, 5 * perPayload));
        for (int i = 0; i < 8; i++) {
            capture.append(tcp(1, Direction.IN, new byte[16]));
        }
        CaptureStats stats = capture.stats();
        assertEquals(5, stats.payloads());
        assertEquals(5 * perPayload, stats.retainedBytes());
        assertEquals(3, stats.dropped());
    }

    @Test
    void eachNewFlowIsChargedOnceToThePayloadThatBroughtIt() {
        TrafficCapture capture = new TrafficCapture();
        long plain = CapturedPayload.OVERHEAD_BYTES + 8;
        assertEquals(plain + CapturedPayload.FLOW_BYTES, capture.append(TrafficEvents.udp(1, Direction.IN, "10.0.0.1", 53, "a")).retainedBytes());
        assertEquals(plain, capture.append(TrafficEvents.udp(1, Direction.IN, "10.0.0.1", 53, "b")).retainedBytes());
        assertEquals(plain + CapturedPayload.FLOW_BYTES, capture.append(TrafficEvents.udp(1, Direction.IN, "10.0.0.2", 53, "c")).retainedBytes());
        assertEquals(plain + CapturedPayload.FLOW_BYTES, capture.append(TrafficEvents.udp(1, Direction.OUT, "10.0.0.2", 53, "d")).retainedBytes());
        assertEquals(4 * plain + 3 * CapturedPayload.FLOW_BYTES, capture.stats().retainedBytes());
    }

    @Test
    void retainedBytesRoundPayloadsUpToWholeWords() {
        TrafficCapture capture = new TrafficCapture();
        assertEquals(CapturedPayload.OVERHEAD_BYTES + CapturedPayload.FLOW_BYTES,
                capture.append(tcp(1, Direction.IN, new byte[0])).retainedBytes());
        assertEquals(CapturedPayload.OVERHEAD_BYTES + 8, capture.append(tcp(1, Direction.IN, new byte[1])).retainedBytes());
        assertEquals(CapturedPayload.OVERHEAD_BYTES + 16, capture.append(tcp(1, Direction.IN, new byte[9])).retainedBytes());
    }

    @Test
    void aPayloadLargerThanTheByteCapIsKeptAloneRatherThanLost() {
        TrafficCapture capture = new TrafficCapture(new CaptureLimits(10, 1000));
        capture.append(tcp(1, Direction.IN, new byte[10]));
        capture.append(tcp(1, Direction.IN, new byte[5000]));
        assertEquals(1, capture.stats().payloads());
        assertEquals(5000, capture.snapshot().getFirst().length());
        assertEquals(1, capture.stats().dropped());
    }

    @Test
    void sinceReturnsOnlyNewerPayloadsUpToTheLimit() {
        TrafficCapture capture = new TrafficCapture();
        for (int i = 0; i < 10; i++) {
            capture.append(tcp(1, Direction.OUT, "x" + i));
        }
        CaptureBatch first = capture.since(0, 4);
        assertEquals(List.of(1L, 2L, 3L, 4L), sequences(first));
        CaptureBatch rest = capture.since(first.lastSequenceOr(0), 100);
        assertEquals(List.of(5L, 6L, 7L, 8L, 9L, 10L), sequences(rest));
        assertEquals(10, rest.stats().lastSequence());
        CaptureBatch none = capture.since(10, 100);
        assertTrue(none.payloads().isEmpty());
        assertEquals(10, none.lastSequenceOr(10));
    }

    @Test
    void sinceSkipsWhatWasDroppedBeforeTheReaderAsked() {
        TrafficCapture capture = new TrafficCapture(new CaptureLimits(4, Long.MAX_VALUE));
        for (int i = 0; i < 10; i++) {
            capture.append(tcp(1, Direction.OUT, "x" + i));
        }
        CaptureBatch batch = capture.since(2, 100);
        assertEquals(List.of(7L, 8L, 9L, 10L), sequences(batch));
        assertEquals(6, batch.stats().dropped());
    }

    @Test
    void sinceWorksAcrossTheRingsWrapAround() {
        TrafficCapture capture = new TrafficCapture(new CaptureLimits(5, Long.MAX_VALUE));
        for (int i = 0; i < 13; i++) {
            capture.append(tcp(1, Direction.OUT, "x" + i));
        }
        assertEquals(List.of(10L, 11L, 12L, 13L), sequences(capture.since(9, 100)));
        assertEquals(List.of(9L, 10L, 11L, 12L, 13L), capture.snapshot().stream().map(CapturedPayload::sequence).toList());
    }

    @Test
    void clearForgetsEverythingButSequenceNumbersGoOn() {
        TrafficCapture capture = new TrafficCapture(new CaptureLimits(2, Long.MAX_VALUE));
        for (int i = 0; i < 5; i++) {
            capture.append(tcp(1, Direction.OUT, "x"));
        }
        capture.clear();
        CaptureStats cleared = capture.stats();
        assertEquals(0, cleared.payloads());
        assertEquals(0, cleared.retainedBytes());
        assertEquals(0, cleared.dropped());
        assertEquals(0, cleared.startNanos());
        assertEquals(6, cleared.oldestSequence());
        capture.append(TrafficEvents.at(TrafficEvents.T0 + 5, tcp(1, Direction.OUT, "y")));
        assertEquals(6, capture.snapshot().getFirst().sequence());
        assertEquals(TrafficEvents.T0 + 5, capture.stats().startNanos());
    }

    @Test
    void listenersHearEveryStoredPayload() {
        TrafficCapture capture = new TrafficCapture();
        List<Long> heard = new ArrayList<>();
        CaptureListener listener = p -> heard.add(p.sequence());
        capture.addListener(listener);
        capture.append(tcp(1, Direction.OUT, "a"));
        capture.append(tcp(1, Direction.OUT, "b"));
        capture.removeListener(listener);
        capture.append(tcp(1, Direction.OUT, "c"));
        assertEquals(List.of(1L, 2L), heard);
    }

    @Test
    void limitsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new CaptureLimits(0, 100));
        assertThrows(IllegalArgumentException.class, () -> new CaptureLimits(10, 0));
        assertEquals("1,000,000 payloads / 256 MiB", CaptureLimits.DEFAULT.describe());
    }

    @Test
    void manyThreadsAppendConcurrentlyWithoutLosingOrDuplicatingAPayload() throws InterruptedException {
        int threads = 8;
        int perThread = 50_000;
        int cap = 100_000;
        TrafficCapture capture = new TrafficCapture(new CaptureLimits(cap, Long.MAX_VALUE));
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        List<long[]> readerSeen = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int socket = t + 1;
            Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        capture.traffic(tcp(socket, Direction.OUT, new byte[] {(byte) socket}));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        start.countDown();
        long last = 0;
        while (done.getCount() > 0) {
            CaptureBatch batch = capture.since(last, 10_000);
            assertIncreasingByOne(batch.payloads());
            if (!batch.payloads().isEmpty()) {
                assertTrue(batch.payloads().getFirst().sequence() > last, "a reader never sees a payload twice");
                readerSeen.add(new long[] {batch.payloads().getFirst().sequence(), batch.lastSequenceOr(last)});
            }
            last = batch.lastSequenceOr(last);
        }
        assertTrue(done.await(60, TimeUnit.SECONDS));
        CaptureStats stats = capture.stats();
        assertEquals((long) threads * perThread, stats.lastSequence());
        assertEquals(cap, stats.payloads());
        assertEquals((long) threads * perThread - cap, stats.dropped());
        List<CapturedPayload> kept = capture.snapshot();
        assertIncreasingByOne(kept);
        assertEquals((long) threads * perThread, kept.getLast().sequence());
        long flowCharges = kept.stream().filter(p -> p.retainedBytes() > CapturedPayload.OVERHEAD_BYTES + 8L).count();
        assertEquals(cap * (CapturedPayload.OVERHEAD_BYTES + 8L) + flowCharges * CapturedPayload.FLOW_BYTES, stats.retainedBytes());
        assertTrue(flowCharges <= threads, "one flow per socket at most");
    }

    /**
     * Measures the heap a million captured 16-byte payloads really take and checks that the byte
     * cap's accounting ({@link CapturedPayload#retainedBytes()}) does not under-count it.
     */
    @Test
    void aMillionSmallPayloadsTakeNoMoreMemoryThanTheCapCounts() {
        int count = 1_000_000;
        TrafficCapture capture = new TrafficCapture();
        long before = usedHeapAfterGc();
        for (int i = 0; i < count; i++) {
            capture.append(new org.socketworkbench.engine.TrafficEvent(TrafficEvents.T0 + i, 1 + i % 50,
                    org.socketworkbench.engine.SocketKind.TCP, Direction.IN, false,
                    "127.0.0.1", 40000, "127.0.0.1", 7, new byte[16]));
        }
        long used = usedHeapAfterGc() - before;
        double perPayload = (double) used / count;
        System.out.printf("capture heap: %.1f bytes per captured 16-byte payload (accounted %d)%n",
                perPayload, capture.stats().retainedBytes() / count);
        assertEquals(count, capture.stats().payloads());
        assertTrue(used <= capture.stats().retainedBytes(),
                "measured " + perPayload + " bytes per payload, accounted " + capture.stats().retainedBytes() / count);
        assertTrue(capture.stats().retainedBytes() < CaptureLimits.DEFAULT.maxBytes() / 2,
                "a million small payloads fit well inside the default byte cap");
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    private static void assertIncreasingByOne(List<CapturedPayload> payloads) {
        for (int i = 1; i < payloads.size(); i++) {
            assertEquals(payloads.get(i - 1).sequence() + 1, payloads.get(i).sequence());
        }
    }

    private static List<Long> sequences(CaptureBatch batch) {
        return batch.payloads().stream().map(CapturedPayload::sequence).toList();
    }
}
