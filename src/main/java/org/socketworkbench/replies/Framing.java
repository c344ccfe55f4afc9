package org.socketworkbench.replies;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.socketworkbench.datafiles.UnknownKeys;

import java.util.Map;

/**
 * How a rule set cuts a TCP stream into messages; UDP datagrams are messages as they are.
 *
 * @param mode      per read, by delimiter or by fixed length
 * @param delimiter for {@link FramingMode#DELIMITER}: the end of a message, written with escapes ({@code \r\n})
 * @param length    for {@link FramingMode#FIXED_LENGTH}: bytes per message, 1..{@link #MAX_MESSAGE}
 * @param unknownKeys keys of a file this version does not know
 */
public record Framing(FramingMode mode, String delimiter, int length,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * The most a message may hold: a delimiter that never comes lets no more pile up than this,
     * the bytes so far go to the rules as one message.
     */
    public static final int MAX_MESSAGE = 1024 * 1024;

    public static final Framing PER_READ = new Framing(FramingMode.PER_READ, "", 0);

    public Framing {
        mode = mode == null ? FramingMode.PER_READ : mode;
        delimiter = delimiter == null ? "" : delimiter;
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public Framing(FramingMode mode, String delimiter, int length) {
        this(mode, delimiter, length, Map.of());
    }

    public static Framing delimiter(String escapedDelimiter) {
        return new Framing(FramingMode.DELIMITER, escapedDelimiter, 0);
    }

    public static Framing fixedLength(int length) {
        return new Framing(FramingMode.FIXED_LENGTH, "", length);
    }
}
