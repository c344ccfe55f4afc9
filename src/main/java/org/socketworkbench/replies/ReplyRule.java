package org.socketworkbench.replies;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.traffic.PayloadFormat;

import java.util.Map;

/**
 * One rule: when a message matches {@code pattern}, answer with {@code reply}. A plain value
 * that maps one to one to JSON, saved with the settings and exported as a file.
 *
 * @param enabled     whether the rule takes part (switchable while the socket runs)
 * @param name        what the user calls it, may be ""
 * @param match       how the pattern is compared
 * @param on          whether the message is compared as text or as bytes
 * @param pattern     the text, hex bytes or regex
 * @param reply       the reply template (macros, checksums, {@code $1}..{@code $9}, {@code ${name}})
 * @param replyFormat how the reply template is written
 * @param delayMs     how long to wait before replying, 0..{@link #MAX_DELAY_MS}
 * @param stop        when it matches, later rules are not tried for this message
 * @param unknownKeys keys of a file this version does not know
 */
public record ReplyRule(boolean enabled, String name, MatchType match, MatchOn on, String pattern, String reply,
                        PayloadFormat replyFormat, long delayMs, boolean stop,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /** One hour. */
    public static final long MAX_DELAY_MS = 3_600_000;

    public ReplyRule {
        name = name == null ? "" : name;
        match = match == null ? MatchType.CONTAINS : match;
        on = on == null ? MatchOn.TEXT : on;
        pattern = pattern == null ? "" : pattern;
        reply = reply == null ? "" : reply;
        replyFormat = replyFormat == null ? PayloadFormat.ESCAPED : replyFormat;
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public ReplyRule(boolean enabled, String name, MatchType match, MatchOn on, String pattern, String reply,
                     PayloadFormat replyFormat, long delayMs, boolean stop) {
        this(enabled, name, match, on, pattern, reply, replyFormat, delayMs, stop, Map.of());
    }

    /** An enabled text rule without delay that stops at its match. */
    public static ReplyRule of(MatchType match, String pattern, String reply) {
        return new ReplyRule(true, "", match, MatchOn.TEXT, pattern, reply, PayloadFormat.ESCAPED, 0, true);
    }

    public ReplyRule withEnabled(boolean value) {
        return new ReplyRule(value, name, match, on, pattern, reply, replyFormat, delayMs, stop, unknownKeys);
    }
}
