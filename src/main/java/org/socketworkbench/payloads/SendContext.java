package org.socketworkbench.payloads;

import org.socketworkbench.multicast.LocalHostName;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Everything a template's macros read when it expands: the counter value of this send, the host
 * name, the clock (with its time zone, for {@code {{DATE}}} and {@code {{TIME}}}), the source of
 * random bytes and UUIDs, and the captures of the message being answered. Tests and previews
 * pass a fixed clock and a seeded random.
 *
 * @param counter  the value of {@code {{COUNTER}}}
 * @param hostName the value of {@code {{HOST}}}
 * @param clock    the time of {@code {{DATE}}}, {@code {{TIME}}}, {@code {{UNIXTIME}}}, {@code {{UNIXTIME_MS}}}
 * @param random   the source of {@code {{RANDOM}}} and {@code {{UUID}}}
 * @param captures the groups of {@code $1}..{@code $9} and {@code ${name}}
 */
public record SendContext(long counter, String hostName, Clock clock, RandomGenerator random, Captures captures) {

    public SendContext {
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(captures, "captures");
    }

    /** This machine's name, clock and zone, a fresh random source, no captures. */
    public static SendContext system(long counter) {
        return new SendContext(counter, HostNameHolder.NAME, Clock.systemDefaultZone(), RandomGenerator.getDefault(),
                Captures.NONE);
    }

    /** This context for the send with {@code counter} (the rest unchanged). */
    public SendContext withCounter(long value) {
        return new SendContext(value, hostName, clock, random, captures);
    }

    /** This context answering a message with these captures. */
    public SendContext withCaptures(Captures value) {
        return new SendContext(counter, hostName, clock, random, value);
    }

    /** Asked once: the name does not change while we run, and reading it may touch the file system. */
    private static final class HostNameHolder {
        static final String NAME = LocalHostName.get();
    }
}
