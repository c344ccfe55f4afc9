package org.socketworkbench.replies;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.traffic.PayloadFormat;

import java.util.List;
import java.util.Map;

/**
 * What a socket answers, as the user edits, saves and exports it: a plain value that maps one to
 * one to JSON. {@link RuleCompiler} checks it and makes it runnable.
 *
 * @param mode        echo, one fixed reply, or the rules
 * @param charset     how text patterns, text replies and text macros are encoded ("UTF-8")
 * @param framing     how a TCP stream is cut into messages
 * @param fixedReply  for {@link ReplyMode#FIXED}: the reply template
 * @param fixedFormat how {@code fixedReply} is written
 * @param rules       for {@link ReplyMode#RULES}: tried in order
 * @param unknownKeys keys of a file this version does not know (kept, see {@code org.socketworkbench.datafiles})
 */
public record RuleSet(ReplyMode mode, String charset, Framing framing, String fixedReply, PayloadFormat fixedFormat,
                      List<ReplyRule> rules, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public RuleSet {
        mode = mode == null ? ReplyMode.RULES : mode;
        charset = charset == null || charset.isBlank() ? "UTF-8" : charset;
        framing = framing == null ? Framing.PER_READ : framing;
        fixedReply = fixedReply == null ? "" : fixedReply;
        fixedFormat = fixedFormat == null ? PayloadFormat.ESCAPED : fixedFormat;
        rules = rules == null ? List.of() : List.copyOf(rules);
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public RuleSet(ReplyMode mode, String charset, Framing framing, String fixedReply, PayloadFormat fixedFormat,
                   List<ReplyRule> rules) {
        this(mode, charset, framing, fixedReply, fixedFormat, rules, Map.of());
    }

    public static RuleSet echo(Framing framing) {
        return new RuleSet(ReplyMode.ECHO, "UTF-8", framing, "", PayloadFormat.ESCAPED, List.of());
    }

    public static RuleSet fixed(String reply, PayloadFormat format, Framing framing) {
        return new RuleSet(ReplyMode.FIXED, "UTF-8", framing, reply, format, List.of());
    }

    public static RuleSet rules(Framing framing, List<ReplyRule> rules) {
        return new RuleSet(ReplyMode.RULES, "UTF-8", framing, "", PayloadFormat.ESCAPED, rules);
    }

    public RuleSet withRules(List<ReplyRule> value) {
        return new RuleSet(mode, charset, framing, fixedReply, fixedFormat, value, unknownKeys);
    }
}
