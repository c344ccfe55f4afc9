package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.multicast.FakeClock.MS;
import static org.socketworkbench.multicast.FakeClock.SECOND;

class ProbeScheduleTest {

    private static final long START = 5_000 * SECOND;

    @Test
    void onePerSecondIsDueOnTheSecond() {
        ProbeSchedule schedule = new ProbeSchedule(ProbeRate.parse("1"), START);
        assertEquals(0, schedule.dueNow(START - 1));
        assertEquals(1, schedule.dueNow(START));
        schedule.sent(1);
        assertEquals(START + SECOND, schedule.nextDueNanos());
        assertEquals(0, schedule.dueNow(START + SECOND - 1));
        assertEquals(1, schedule.dueNow(START + SECOND));
        schedule.sent(1);
        assertEquals(START + 2 * SECOND, schedule.nextDueNanos());
    }

    @Test
    void aThousandPerSecondWithAJitteryLoopDoesNotDrift() {
        assertLoopKeepsTheSchedule("1000", 10 * SECOND, 2 * MS, 10_001);
    }

    @Test
    void aHundredThousandPerSecondWithBurstsDoesNotDrift() {
        assertLoopKeepsTheSchedule("100000", SECOND, MS / 2, 100_001);
    }

    @Test
    void aRateThatDoesNotDivideASecondStaysExact() {
        ProbeSchedule schedule = new ProbeSchedule(ProbeRate.parse("3"), 0);
        schedule.sent(1);
        assertEquals(333_333_334, schedule.nextDueNanos(), "rounded up, so it is due when dueNow says so");
        schedule.sent(2);
        assertEquals(SECOND, schedule.nextDueNanos());
        schedule.sent(2_999_997);
        assertEquals(1_000_000 * SECOND, schedule.nextDueNanos(), "no drift after a million slots");
        assertEquals(3_000_001, schedule.slotsDueBy(1_000_000 * SECOND));
        assertEquals(3_000_000, schedule.slotsDueBy(1_000_000 * SECOND - 1));
    }

    @Test
    void slotArithmeticIsExactOverTheWholeRange() {
        Random random = new Random(99);
        BigInteger tera = BigInteger.valueOf(1_000_000_000_000L);
        for (int i = 0; i < 10_000; i++) {
            long milli = 1 + (long) (random.nextDouble() * ProbeRate.MAX_MILLI);
            long elapsed = random.nextLong() & Long.MAX_VALUE;
            ProbeSchedule schedule = new ProbeSchedule(new ProbeRate(milli), 0);
            BigInteger expected = BigInteger.valueOf(elapsed).multiply(BigInteger.valueOf(milli)).divide(tera)
                    .add(BigInteger.ONE);
            assertEquals(expected.longValueExact(), schedule.slotsDueBy(elapsed), "rate " + milli + " at " + elapsed);

            int slot = random.nextInt(Integer.MAX_VALUE);
            schedule.sent(slot);
            BigInteger[] division = BigInteger.valueOf(slot).multiply(tera).divideAndRemainder(BigInteger.valueOf(milli));
            long ceiling = division[0].add(division[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).longValueExact();
            assertEquals(ceiling, schedule.nextDueNanos(), "slot " + slot + " at rate " + milli);
        }
    }

    @Test
    void aStalledSenderCatchesUpInBurstsAndForgivesTheOldBacklog() {
        ProbeSchedule schedule = new ProbeSchedule(ProbeRate.parse("100000"), START);
        assertEquals(100, schedule.maxBurst());
        assertEquals(10_000, schedule.maxBacklog());
        long afterStall = START + 5 * SECOND;
        int sent = 0;
        int calls = 0;
        for (int due = schedule.dueNow(afterStall); due > 0; due = schedule.dueNow(afterStall)) {
            assertTrue(due <= 100);
            schedule.sent(due);
            sent += due;
            calls++;
        }
        assertEquals(10_000, sent, "only the last 100 ms of schedule is made up");
        assertEquals(100, calls);
        assertEquals(500_001 - 10_000, schedule.skipped());
        assertEquals(schedule.slotsDueBy(afterStall), schedule.sentCount() + schedule.skipped());
    }

    @Test
    void slowRatesKeepOneProbeOfBacklog() {
        ProbeSchedule schedule = new ProbeSchedule(ProbeRate.parse("1"), START);
        assertEquals(1, schedule.maxBurst());
        assertEquals(1, schedule.maxBacklog());
        assertEquals(1, schedule.dueNow(START + 10 * SECOND));
        schedule.sent(1);
        assertEquals(0, schedule.dueNow(START + 10 * SECOND));
        assertEquals(10, schedule.skipped());
        assertEquals(START + 11 * SECOND, schedule.nextDueNanos());
    }

    @Test
    void theFastestRateNeverOverflows() {
        ProbeSchedule schedule = new ProbeSchedule(new ProbeRate(ProbeRate.MAX_MILLI), 0);
        assertEquals(Long.MAX_VALUE / 1000 + 1, schedule.slotsDueBy(Long.MAX_VALUE));
        ProbeSchedule slowest = new ProbeSchedule(new ProbeRate(ProbeRate.MIN_MILLI), 10);
        slowest.sent(Integer.MAX_VALUE);
        assertEquals(Long.MAX_VALUE, slowest.nextDueNanos(), "saturates instead of wrapping");
    }

    /** Runs a sender loop whose clock advances by random steps and checks it sent exactly what was due. */
    private static void assertLoopKeepsTheSchedule(String rate, long runFor, long maxStep, long expectedSent) {
        ProbeSchedule schedule = new ProbeSchedule(ProbeRate.parse(rate), START);
        Random random = new Random(42);
        long end = START + runFor;
        for (long now = START; ; now = Math.min(end, now + 1 + (long) (random.nextDouble() * maxStep))) {
            for (int due = schedule.dueNow(now); due > 0; due = schedule.dueNow(now)) {
                schedule.sent(due);
            }
            assertEquals(schedule.slotsDueBy(now), schedule.sentCount(), "caught up at " + (now - START));
            assertTrue(schedule.nextDueNanos() > now);
            if (now == end) {
                break;
            }
        }
        assertEquals(expectedSent, schedule.sentCount());
        assertEquals(0, schedule.skipped());
    }
}
