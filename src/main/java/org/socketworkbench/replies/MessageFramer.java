package org.socketworkbench.replies;

import org.socketworkbench.traffic.ByteSearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts one TCP connection's stream into messages, so a rule fires once per message however the
 * bytes arrive (one per write, or many messages in one read). Not thread-safe: one per connection,
 * fed from its read loop in order. At most {@link Framing#MAX_MESSAGE} bytes wait for a delimiter.
 */
public final class MessageFramer {

    private final FramingMode mode;
    private final byte[] delimiter;
    private final int length;
    private byte[] pending = new byte[0];
    private int size;
    /** Where the next delimiter search starts: earlier bytes were searched already. */
    private int searched;

    MessageFramer(FramingMode mode, byte[] delimiter, int length) {
        this.mode = mode;
        this.delimiter = delimiter;
        this.length = length;
    }

    /** The messages {@code data} completes, in order. */
    public List<Message> push(byte[] data) {
        if (mode == FramingMode.PER_READ) {
            return data.length == 0 ? List.of() : List.of(Message.of(data));
        }
        append(data);
        List<Message> messages = new ArrayList<>(1);
        int start = 0;
        while (true) {
            int end;
            int bodyEnd;
            if (mode == FramingMode.FIXED_LENGTH) {
                end = size - start >= length ? start + length : -1;
                bodyEnd = end;
            } else {
                int found = ByteSearch.indexOf(pending, size, delimiter, Math.max(start, searched - delimiter.length + 1));
                bodyEnd = found;
                end = found < 0 ? -1 : found + delimiter.length;
                if (found < 0 && size - start >= Framing.MAX_MESSAGE) {
                    end = size;
                    bodyEnd = size;
                }
            }
            if (end < 0) {
                break;
            }
            messages.add(new Message(Arrays.copyOfRange(pending, start, end), Arrays.copyOfRange(pending, start, bodyEnd)));
            start = end;
        }
        compact(start);
        return messages;
    }

    /** What is left when the stream ends, as a last message (a line without its newline). */
    public List<Message> finish() {
        if (size == 0) {
            return List.of();
        }
        byte[] rest = Arrays.copyOf(pending, size);
        size = 0;
        searched = 0;
        return List.of(Message.of(rest));
    }

    private void append(byte[] data) {
        if (size + data.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(size + data.length, pending.length * 2));
        }
        System.arraycopy(data, 0, pending, size, data.length);
        size += data.length;
    }

    private void compact(int start) {
        if (start > 0) {
            System.arraycopy(pending, start, pending, 0, size - start);
            size -= start;
        }
        searched = size;
    }
}
