package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrafficFilterTest {

    private final TrafficCapture capture = new TrafficCapture();
    private final List<CapturedPayload> payloads = List.of(
            capture.append(TrafficEvents.tcp(1, Direction.OUT, "GET /index.html")),
            capture.append(TrafficEvents.tcp(1, Direction.IN, "HTTP/1.0 200 OK")),
            capture.append(TrafficEvents.udp(2, Direction.IN, "10.0.0.5", 5353, "query")),
            capture.append(TrafficEvents.event(TrafficEvents.T0, 3, SocketKind.UDP, Direction.OUT, "::1", 9000,
                    "2001:db8::7", 53, new byte[] {0x00, (byte) 0xff, 0x10})));

    @Test
    void theEmptyFilterMatchesEverything() {
        assertEquals(List.of(1L, 2L, 3L, 4L), matching(TrafficFilter.ALL));
        assertTrue(TrafficFilter.ALL.matchesEverything());
    }

    @Test
    void bySocket() {
        assertEquals(List.of(1L, 2L, 4L), matching(new TrafficFilter(SocketIdSet.parse("1, 3"), null, "", new byte[0])));
        assertEquals(List.of(3L, 4L), matching(new TrafficFilter(SocketIdSet.parse("2-3"), null, "", new byte[0])));
    }

    @Test
    void byDirection() {
        assertEquals(List.of(2L, 3L), matching(new TrafficFilter(SocketIdSet.ALL, Direction.IN, "", new byte[0])));
    }

    @Test
    void byPeerAddressOrPortIgnoringCase() {
        assertEquals(List.of(3L), matching(new TrafficFilter(SocketIdSet.ALL, null, "10.0.0", new byte[0])));
        assertEquals(List.of(3L), matching(new TrafficFilter(SocketIdSet.ALL, null, ":5353", new byte[0])));
        assertEquals(List.of(4L), matching(new TrafficFilter(SocketIdSet.ALL, null, " 2001:DB8 ", new byte[0])));
        assertEquals(List.of(4L), matching(new TrafficFilter(SocketIdSet.ALL, null, "]:53", new byte[0])));
    }

    @Test
    void byContentAsTextOrHex() {
        assertEquals(List.of(2L), matching(new TrafficFilter(SocketIdSet.ALL, null, "",
                PayloadParser.parse("200 OK", PayloadFormat.TEXT))));
        assertEquals(List.of(4L), matching(new TrafficFilter(SocketIdSet.ALL, null, "",
                PayloadParser.parse("ff 10", PayloadFormat.HEX))));
        assertEquals(List.of(), matching(new TrafficFilter(SocketIdSet.ALL, null, "",
                PayloadParser.parse("ff 11", PayloadFormat.HEX))));
        assertEquals(List.of(), matching(new TrafficFilter(SocketIdSet.ALL, null, "",
                PayloadParser.parse("GET /index.html and more", PayloadFormat.TEXT))), "a needle longer than the payload");
    }

    @Test
    void criteriaCombine() {
        TrafficFilter filter = new TrafficFilter(SocketIdSet.of(1), Direction.OUT, "127.0.0.1", "GET".getBytes());
        assertEquals(List.of(1L), matching(filter));
        assertFalse(filter.matchesEverything());
    }

    @Test
    void theFilterKeepsItsOwnCopyOfTheContent() {
        byte[] content = "GET".getBytes();
        TrafficFilter filter = new TrafficFilter(SocketIdSet.ALL, null, "", content);
        content[0] = 'X';
        assertEquals(List.of(1L), matching(filter));
    }

    @Test
    void socketListsParseIdsAndRanges() {
        SocketIdSet set = SocketIdSet.parse(" 1, 4-6  9 ");
        assertTrue(set.contains(1) && set.contains(5) && set.contains(9));
        assertFalse(set.contains(2) || set.contains(7));
        assertEquals("1, 4-6  9", set.toString());
        assertTrue(SocketIdSet.parse("  ").isAll());
        assertTrue(SocketIdSet.parse(",").isAll());
        assertEquals("all sockets", SocketIdSet.ALL.toString());
        assertTrue(SocketIdSet.of().isAll());
        assertEquals("2, 3", SocketIdSet.of(2, 3).toString());
    }

    @Test
    void badSocketListsSayWhatIsWrong() {
        for (String bad : new String[] {"x", "1,two", "5-3", "-4", "1-", "3-x", "99999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SocketIdSet.parse(bad), bad);
            assertTrue(e.getMessage().contains("is not a socket id or a range such as 3 or 3-5"), e.getMessage());
        }
        assertEquals("'two' is not a socket id or a range such as 3 or 3-5",
                assertThrows(IllegalArgumentException.class, () -> SocketIdSet.parse("1,two")).getMessage());
    }

    @Test
    void parsingWhatTheUserTypedBuildsTheFilter() {
        assertEquals(List.of(4L), matching(TrafficFilter.parse("3", Direction.OUT, "2001", "0xff,0x10", PayloadFormat.HEX)));
        assertEquals(List.of(1L), matching(TrafficFilter.parse("", null, "", "GET /", PayloadFormat.ESCAPED)));
        assertTrue(TrafficFilter.parse(" ", null, " ", "", PayloadFormat.TEXT).matchesEverything());
    }

    @Test
    void parsingSaysWhichFieldIsWrong() {
        assertEquals("Socket filter: 'x' is not a socket id or a range such as 3 or 3-5",
                assertThrows(IllegalArgumentException.class,
                        () -> TrafficFilter.parse("x", null, "", "", PayloadFormat.TEXT)).getMessage());
        assertEquals("Content filter: Not a hex digit at position 2 ('z')",
                assertThrows(IllegalArgumentException.class,
                        () -> TrafficFilter.parse("", null, "", "az", PayloadFormat.HEX)).getMessage());
    }

    private List<Long> matching(Predicate<CapturedPayload> filter) {
        return payloads.stream().filter(filter).map(CapturedPayload::sequence).toList();
    }
}
