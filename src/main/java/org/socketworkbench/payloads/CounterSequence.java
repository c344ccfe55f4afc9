package org.socketworkbench.payloads;

/**
 * The values {@code {{COUNTER}}} takes in one send job: {@code start}, {@code start + step}, ...
 *
 * @param start the first send's value
 * @param step  added for each further send (may be negative or 0)
 */
public record CounterSequence(long start, long step) {

    /** 1, 2, 3, ... */
    public static final CounterSequence DEFAULT = new CounterSequence(1, 1);

    /** The value for the send with 0-based {@code index} in the job. */
    public long value(long index) {
        return start + step * index;
    }
}
