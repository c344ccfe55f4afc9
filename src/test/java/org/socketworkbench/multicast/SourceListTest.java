package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources of a source-specific group: parsing, checks, the range warning, the cell's label. */
class SourceListTest {

    private static final GroupAddress SSM4 = GroupAddress.parse("232.1.2.3:5000");
    private static final GroupAddress ASM4 = GroupAddress.parse("239.1.2.3:5000");
    private static final GroupAddress SSM6 = GroupAddress.parse("[ff35::1]:5000");

    @Test
    void sourcesAreSeparatedByCommasOrSpacesAndEmptyIsAnySource() {
        assertEquals(List.of(), SourceList.parse("  "));
        assertEquals(List.of(ip("10.0.0.1"), ip("10.0.0.2")), SourceList.parse("10.0.0.1, 10.0.0.2 10.0.0.1"));
        assertEquals(Optional.empty(), SourceList.problem("2001:db8::1", SSM6.address()));
    }

    @Test
    void aSourceMustBeAUnicastAddressOfTheGroupsFamily() {
        assertTrue(SourceList.problem("10.0.0.x", SSM4.address()).orElseThrow().contains("not an IP address"));
        assertTrue(SourceList.problem("239.1.1.1", SSM4.address()).orElseThrow().contains("unicast address"));
        assertTrue(SourceList.problem("0.0.0.0", null).orElseThrow().contains("unicast address"));
        assertTrue(SourceList.problem("2001:db8::1", SSM4.address()).orElseThrow().contains("not IPv4 like the group"));
        assertThrows(IllegalArgumentException.class,
                () -> new GroupSettings(SSM6, 1, true, List.of(ip("10.0.0.1"))));
    }

    @Test
    void sourcesOutsideTheSsmRangesAreWarnedAboutNotRefused() {
        assertTrue(SourceList.inSsmRange(SSM4.address()) && SourceList.inSsmRange(SSM6.address()));
        assertEquals(Optional.empty(), new GroupSettings(SSM4, 1, true, List.of(ip("10.0.0.1"))).rangeWarning());
        assertEquals(Optional.empty(), new GroupSettings(ASM4, 1, true).rangeWarning(), "no sources, nothing to warn");
        GroupSettings outside = new GroupSettings(ASM4, 1, true, List.of(ip("10.0.0.1")));
        assertTrue(outside.rangeWarning().orElseThrow().contains("232.0.0.0/8"));
        assertTrue(new GroupSettings(GroupAddress.parse("[ff15::1]:5000"), 1, true, List.of(ip("2001:db8::1")))
                .rangeWarning().orElseThrow().contains("ff3x::/32"));
    }

    @Test
    void theCellShowsTheSourcesOrTheBlockedOnes() {
        Channel channel = new Channel(SSM4, "lo");
        assertEquals("joined (socket 7) from 10.0.0.1, 10.0.0.2",
                MembershipState.joined(channel, 7, List.of("10.0.0.1", "10.0.0.2")).label());
        MembershipState any = MembershipState.joined(channel, 7, List.of()).withBlocked(List.of("10.0.0.3"));
        assertEquals("joined (socket 7) blocking 10.0.0.3", any.label());
        assertTrue(any.blocks("10.0.0.3"));
    }

    private static InetAddress ip(String text) {
        return InetAddress.ofLiteral(text);
    }
}
