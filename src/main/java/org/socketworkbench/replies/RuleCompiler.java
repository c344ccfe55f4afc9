package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.payloads.CaptureGroups;
import org.socketworkbench.payloads.PayloadTemplate;
import org.socketworkbench.payloads.TemplateException;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.PayloadFormatException;
import org.socketworkbench.traffic.PayloadParser;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a {@link RuleSet} as it is edited and makes it runnable. {@link #check} lists every
 * problem (a regex that does not compile, a capture the pattern lacks, an unknown macro, bad hex,
 * a delimiter, length or delay out of range), each at its position, so an editor can mark them
 * all; {@link #compile} refuses a set with any.
 */
public final class RuleCompiler {

    private RuleCompiler() {
    }

    /** Every problem, in rule order; empty when the set can run. */
    public static List<RuleProblem> check(RuleSet set) {
        List<RuleProblem> problems = new ArrayList<>();
        build(set, problems);
        return problems;
    }

    /** @throws RuleSetException listing every problem */
    public static CompiledRuleSet compile(RuleSet set) {
        List<RuleProblem> problems = new ArrayList<>();
        CompiledRuleSet compiled = build(set, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return compiled;
    }

    private static CompiledRuleSet build(RuleSet set, List<RuleProblem> problems) {
        Charset charset = charset(set.charset(), problems);
        byte[] delimiter = framing(set.framing(), problems);
        PayloadTemplate fixed = null;
        if (set.mode() == ReplyMode.FIXED) {
            fixed = template(-1, RuleProblem.Field.FIXED_REPLY, set.fixedReply(), set.fixedFormat(), charset,
                    CaptureGroups.WHOLE_MATCH_ONLY, problems);
        }
        List<CompiledRule> rules = new ArrayList<>();
        for (int i = 0; i < set.rules().size(); i++) {
            rules.add(rule(i, set.rules().get(i), charset, problems));
        }
        return new CompiledRuleSet(set, delimiter, fixed, rules);
    }

    private static CompiledRule rule(int index, ReplyRule rule, Charset charset, List<RuleProblem> problems) {
        MessageMatcher matcher = matcher(index, rule, charset, problems);
        PayloadTemplate reply = matcher == null ? null
                : template(index, RuleProblem.Field.REPLY, rule.reply(), rule.replyFormat(), charset, matcher.groups(), problems);
        if (rule.delayMs() < 0 || rule.delayMs() > ReplyRule.MAX_DELAY_MS) {
            problems.add(new RuleProblem(index, RuleProblem.Field.DELAY, 0,
                    Texts.get("replies.problem.delay", ReplyRule.MAX_DELAY_MS)));
        }
        return new CompiledRule(rule, matcher, reply, new AtomicLong());
    }

    private static MessageMatcher matcher(int index, ReplyRule rule, Charset charset, List<RuleProblem> problems) {
        if (rule.match() == MatchType.REGEX) {
            try {
                int flags = rule.on() == MatchOn.HEX ? Pattern.CASE_INSENSITIVE : 0;
                return new RegexMatcher(Pattern.compile(rule.pattern(), flags), rule.on(), charset);
            } catch (PatternSyntaxException e) {
                int at = Math.max(0, Math.min(e.getIndex(), rule.pattern().length()));
                problems.add(new RuleProblem(index, RuleProblem.Field.PATTERN, at,
                        Texts.get("replies.problem.regex", RegexProblems.describe(e), at + 1)));
                return null;
            }
        }
        try {
            byte[] needle = rule.on() == MatchOn.HEX ? PayloadParser.parseHex(rule.pattern())
                    : PayloadParser.parse(rule.pattern(), PayloadFormat.TEXT, charset);
            return new BytesMatcher(rule.match(), needle);
        } catch (PayloadFormatException e) {
            problems.add(new RuleProblem(index, RuleProblem.Field.PATTERN, e.position() - 1, e.getMessage()));
            return null;
        }
    }

    private static PayloadTemplate template(int rule, RuleProblem.Field field, String text, PayloadFormat format,
                                            Charset charset, CaptureGroups groups, List<RuleProblem> problems) {
        try {
            return PayloadTemplate.compileReply(text, format, charset, groups);
        } catch (TemplateException e) {
            problems.add(new RuleProblem(rule, field, e.index(), e.getMessage()));
            return null;
        }
    }

    private static Charset charset(String name, List<RuleProblem> problems) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add(new RuleProblem(-1, RuleProblem.Field.CHARSET, 0,
                    Texts.get("replies.problem.charset", name)));
            return StandardCharsets.UTF_8;
        }
    }

    private static byte[] framing(Framing framing, List<RuleProblem> problems) {
        switch (framing.mode()) {
            case DELIMITER -> {
                try {
                    byte[] delimiter = PayloadParser.parseEscaped(framing.delimiter());
                    if (delimiter.length == 0) {
                        problems.add(new RuleProblem(-1, RuleProblem.Field.DELIMITER, 0,
                                Texts.get("replies.problem.delimiter")));
                    }
                    return delimiter;
                } catch (PayloadFormatException e) {
                    problems.add(new RuleProblem(-1, RuleProblem.Field.DELIMITER, e.position() - 1, e.getMessage()));
                }
            }
            case FIXED_LENGTH -> {
                if (framing.length() < 1 || framing.length() > Framing.MAX_MESSAGE) {
                    problems.add(new RuleProblem(-1, RuleProblem.Field.LENGTH, 0,
                            Texts.get("replies.problem.length", Framing.MAX_MESSAGE)));
                }
            }
            case PER_READ -> {
                // nothing to check
            }
        }
        return new byte[0];
    }
}
