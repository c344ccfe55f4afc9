package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;
import org.socketworkbench.cli.CommandLines;
import org.socketworkbench.cli.UsageException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbeCommandLineTest {

    @Test
    void theIssuesExampleParses() throws UsageException {
        ProbeOptions options = parse("--group 239.1.2.3:5000 --iface lo --ttl 0 --rate 100 --duration 10");
        assertEquals(List.of(GroupAddress.parse("239.1.2.3:5000")), options.groups());
        assertEquals("lo", options.iface());
        assertEquals(0, options.ttl());
        assertEquals(new ProbeRate(100_000), options.rate());
        assertEquals(Duration.ofSeconds(10), options.duration());
        assertEquals(List.of(new Channel(GroupAddress.parse("239.1.2.3:5000"), "lo")), options.channels());
    }

    @Test
    void everythingHasADefaultButTheGroup() throws UsageException {
        ProbeOptions options = parse("--group 239.1.2.3:5000");
        assertEquals(new ProbeOptions(List.of(GroupAddress.parse("239.1.2.3:5000")), "", 1, new ProbeRate(10_000),
                100, Duration.ofSeconds(10), Duration.ZERO, ProbeMode.SEND_AND_RECEIVE, true, "thishost"), options);
    }

    @Test
    void everyOptionIsRead() throws UsageException {
        ProbeOptions options = parse("--group=239.1.2.3:5000 --group ff02::1234%eth1:5001 --iface lo --ttl 4 "
                + "--rate 0.5 --size 1400 --duration 2.5 --every 1 --receive-only --loopback off --id lab-pc");
        assertEquals(List.of(new Channel(GroupAddress.parse("239.1.2.3:5000"), "lo"),
                new Channel(GroupAddress.parse("[ff02::1234%eth1]:5001"), "eth1")), options.channels(),
                "an IPv6 zone picks the adapter of its group");
        assertEquals(4, options.ttl());
        assertEquals(0.5, options.rate().perSecond());
        assertEquals(1400, options.size());
        assertEquals(Duration.ofMillis(2500), options.duration());
        assertEquals(Duration.ofSeconds(1), options.every());
        assertEquals(ProbeMode.RECEIVE_ONLY, options.mode());
        assertFalse(options.loopback());
        assertEquals("lab-pc", options.name());
        assertEquals(ProbeMode.SEND_ONLY, parse("--group 239.1.2.3:5000 --send-only").mode());
    }

    @Test
    void theDefaultSizeGrowsForALongHostName() throws UsageException {
        String longName = "h".repeat(60);
        assertEquals(118, parse(List.of("--group", "239.1.2.3:5000"), longName).size());
    }

    @Test
    void ipv6OnlyRunsMaySendLargerDatagrams() throws UsageException {
        assertEquals(65_527, parse("--group [ff15::1]:5000 --size 65527").size());
    }

    @Test
    void helpIsRecognised() {
        assertTrue(wantsHelp(List.of("--group", "x", "--help")));
        assertTrue(wantsHelp(List.of("-h")));
        assertFalse(wantsHelp(List.of("--group", "239.1.2.3:5000")));
        assertTrue(CommandLines.usage(new ProbeCommand("thishost")).contains("--group GROUP:PORT"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --ttl 1                                              | at least one --group GROUP:PORT is needed
            --group 239.1.2.3:5000 --bogus                       | unknown option '--bogus'
            --group 239.1.2.3:5000 extra                         | unknown option 'extra'
            --group 239.1.2.3:5000 --ttl                         | --ttl needs a value
            --group 10.0.0.1:5000                                | --group '10.0.0.1:5000': 10.0.0.1 is not a multicast address
            --group 239.1.2.3                                    | --group '239.1.2.3': expected GROUP:PORT, e.g. 239.1.2.3:5000 or [ff02::1234%lo]:5000
            --group 239.1.2.3:0                                  | --group '239.1.2.3:0': port 0 is outside 1..65535
            --group 239.1.2.3:http                               | --group '239.1.2.3:http': the port is not a number; expected GROUP:PORT, e.g. 239.1.2.3:5000 or [ff02::1234%lo]:5000
            --group example.org:5000                             | --group 'example.org:5000': 'example.org' is not a numeric address; expected GROUP:PORT, e.g. 239.1.2.3:5000 or [ff02::1234%lo]:5000
            --group 239.1.2.3%lo:5000                            | --group '239.1.2.3%lo:5000': only IPv6 groups take a %zone
            --group 239.1.2.3:5000 --group 239.1.2.3:5000        | --group 239.1.2.3:5000 is given twice
            --group 239.1.2.3:5000 --ttl 256                     | --ttl 256 is outside 0..255
            --group 239.1.2.3:5000 --ttl one                     | --ttl 'one' is not a whole number
            --group 239.1.2.3:5000 --rate 0                      | --rate: rate 0 must be between 0.001 and 1000000 packets/s
            --group 239.1.2.3:5000 --rate 2000000                | --rate: rate 2000000 must be between 0.001 and 1000000 packets/s
            --group 239.1.2.3:5000 --rate fast                   | --rate: 'fast' is not a rate in packets/s
            --group 239.1.2.3:5000 --size 60                     | --size 60 is too small: a probe announcing 'thishost' needs at least 66 bytes
            --group 239.1.2.3:5000 --group [ff15::1]:5000 --size 65508 | --size 65508 is too large: at most 65507 bytes fit in one IPv4 UDP datagram
            --group [ff15::1]:5000 --size 65528                  | --size 65528 is outside 1..65527
            --group 239.1.2.3:5000 --duration 0                  | --duration 0 must be more than 0 seconds
            --group 239.1.2.3:5000 --duration 0.0000001          | --duration 0.0000001 is shorter than a millisecond
            --group 239.1.2.3:5000 --duration 1e9                | --duration 1e9 is longer than 31622400 seconds (a year)
            --group 239.1.2.3:5000 --every soon                  | --every 'soon' is not a number of seconds
            --group 239.1.2.3:5000 --loopback yes                | --loopback takes on or off, not 'yes'
            --group 239.1.2.3:5000 --send-only --receive-only    | --send-only and --receive-only exclude each other
            --group 239.1.2.3:5000 --send-only=true              | --send-only takes no value
            --group 239.1.2.3:5000 --iface=                      | --iface needs a non-empty value
            """)
    void badUsageSaysWhatIsWrong(String args, String message) {
        UsageException e = assertThrows(UsageException.class, () -> parse(args));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aTooLongIdIsRefused() {
        UsageException e = assertThrows(UsageException.class,
                () -> parse(List.of("--group", "239.1.2.3:5000", "--id", "é".repeat(128)), "h"));
        assertEquals("--id is 256 bytes in UTF-8, at most 255 fit in a probe", e.getMessage());
    }

    private static ProbeOptions parse(String args) throws UsageException {
        return parse(Arrays.asList(args.split(" ")), "thishost");
    }

    private static ProbeOptions parse(List<String> args, String localHostName) throws UsageException {
        return CommandLines.parse(new ProbeCommand(localHostName), args).options();
    }

    private static boolean wantsHelp(List<String> args) {
        return CommandLines.helpRequested(new ProbeCommand("thishost"), args);
    }
}
