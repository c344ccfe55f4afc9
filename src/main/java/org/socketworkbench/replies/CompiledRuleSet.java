package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.payloads.Captures;
import org.socketworkbench.payloads.PayloadTemplate;
import org.socketworkbench.payloads.SendContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A rule set that passed {@link RuleCompiler}: answers one message at a time. Immutable except
 * for the hit counters; any thread may call {@link #answer}.
 */
public final class CompiledRuleSet {

    /** How long one regex may run on one message. */
    static final long MATCH_TIME_LIMIT_NANOS = 100_000_000;

    private final RuleSet source;
    private final byte[] delimiter;
    private final PayloadTemplate fixed;
    private final List<CompiledRule> rules;
    /** {@code {{COUNTER}}} of the fixed reply: 1, 2, ... */
    private final AtomicLong fixedReplies = new AtomicLong();

    CompiledRuleSet(RuleSet source, byte[] delimiter, PayloadTemplate fixed, List<CompiledRule> rules) {
        this.source = source;
        this.delimiter = delimiter;
        this.fixed = fixed;
        this.rules = List.copyOf(rules);
    }

    public RuleSet source() {
        return source;
    }

    byte[] delimiter() {
        return delimiter;
    }

    PayloadTemplate fixed() {
        return fixed;
    }

    /** A new framer for one connection's stream. */
    public MessageFramer newFramer() {
        return new MessageFramer(source.framing().mode(), delimiter, source.framing().length());
    }

    /** How often rule {@code index} has matched. */
    public long hits(int index) {
        return rules.get(index).hits().get();
    }

    List<CompiledRule> rules() {
        return rules;
    }

    /**
     * The replies to one message, in order. A rule whose regex runs out of time is skipped and
     * reported to {@code problems}; the rules after it still run.
     *
     * @param context the connection's context (host, clock, random); counter and captures are set per reply
     */
    public List<Reply> answer(Message message, SendContext context, Consumer<String> problems) {
        return switch (source.mode()) {
            case ECHO -> List.of(new Reply(message.frame(), 0, -1));
            case FIXED -> List.of(new Reply(fixed.expand(context.withCounter(fixedReplies.incrementAndGet())
                    .withCaptures(whole(message.body()))), 0, -1));
            case RULES -> applyRules(message.body(), context, problems);
        };
    }

    private List<Reply> applyRules(byte[] body, SendContext context, Consumer<String> problems) {
        List<Reply> replies = new ArrayList<>(1);
        for (int i = 0; i < rules.size(); i++) {
            CompiledRule rule = rules.get(i);
            if (!rule.source().enabled()) {
                continue;
            }
            Captures captures;
            try {
                captures = rule.matcher().match(body, System.nanoTime() + MATCH_TIME_LIMIT_NANOS);
            } catch (MatchTimeoutException e) {
                problems.accept(Texts.get("replies.problem.slowRegex", i + 1, MATCH_TIME_LIMIT_NANOS / 1_000_000, body.length));
                continue;
            }
            if (captures == null) {
                continue;
            }
            long hit = rule.hits().incrementAndGet();
            replies.add(new Reply(rule.reply().expand(context.withCounter(hit).withCaptures(captures)),
                    rule.source().delayMs(), i));
            if (rule.source().stop()) {
                break;
            }
        }
        return replies;
    }

    private static Captures whole(byte[] body) {
        return new Captures() {
            @Override
            public byte[] group(int index) {
                return index == 0 ? body.clone() : new byte[0];
            }

            @Override
            public byte[] group(String name) {
                return new byte[0];
            }
        };
    }
}
