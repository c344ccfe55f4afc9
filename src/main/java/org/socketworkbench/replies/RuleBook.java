package org.socketworkbench.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set a socket runs now, replaceable while it runs: switching a rule on or off, or
 * editing the set, takes effect from the next message. A rule that stays the same (apart from
 * being switched) keeps its hit counter.
 */
public final class RuleBook {

    private final AtomicReference<CompiledRuleSet> current;

    /** @throws RuleSetException when {@code set} has problems */
    public RuleBook(RuleSet set) {
        current = new AtomicReference<>(RuleCompiler.compile(set));
    }

    public CompiledRuleSet current() {
        return current.get();
    }

    public RuleSet ruleSet() {
        return current.get().source();
    }

    /**
     * Runs {@code set} from the next message on.
     *
     * @throws RuleSetException when it has problems (the running set stays)
     */
    public synchronized void replace(RuleSet set) {
        CompiledRuleSet next = RuleCompiler.compile(set);
        CompiledRuleSet previous = current.get();
        List<CompiledRule> before = previous.rules();
        List<CompiledRule> after = next.rules();
        List<CompiledRule> carried = new ArrayList<>(after.size());
        for (int i = 0; i < after.size(); i++) {
            CompiledRule rule = after.get(i);
            boolean same = i < before.size()
                    && before.get(i).source().withEnabled(true).equals(rule.source().withEnabled(true));
            carried.add(same ? new CompiledRule(rule.source(), rule.matcher(), rule.reply(), before.get(i).hits()) : rule);
        }
        current.set(new CompiledRuleSet(next.source(), next.delimiter(), next.fixed(), carried));
    }

    /** Switches rule {@code index} on or off. */
    public synchronized void setEnabled(int index, boolean enabled) {
        RuleSet set = ruleSet();
        List<ReplyRule> rules = new ArrayList<>(set.rules());
        rules.set(index, rules.get(index).withEnabled(enabled));
        replace(set.withRules(rules));
    }

    /** Each rule's hit count, in rule order. */
    public long[] hits() {
        CompiledRuleSet set = current.get();
        long[] hits = new long[set.rules().size()];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = set.hits(i);
        }
        return hits;
    }
}
