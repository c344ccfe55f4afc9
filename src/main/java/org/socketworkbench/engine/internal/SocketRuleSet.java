package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.SocketOperation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of socket rules that grants a request when any rule matches it (Chromium's
 * {@code SetDisjunctionPermission}). Duplicates are dropped; the first occurrence keeps its place,
 * so the display order is the declaration order. Safe to share between threads.
 */
public final class SocketRuleSet {

    private final List<SocketRule> rules;

    public SocketRuleSet(Collection<SocketRule> rules) {
        this.rules = List.copyOf(new LinkedHashSet<>(rules));
    }

    /** Whether any rule grants {@code operation} on {@code host} and {@code port}. */
    public boolean allows(SocketOperation operation, String host, int port) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(host, "host");
        for (SocketRule rule : rules) {
            if (rule.matches(operation, host, port)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every one of {@code operations} is granted for any host and any port. */
    public boolean coversAnyHostAndPort(Collection<SocketOperation> operations) {
        return operations.stream().allMatch(operation -> rules.stream()
                .anyMatch(rule -> rule.operation() == operation && rule.coversAnyHostAndPort()));
    }

    /** The rules' display forms, in declaration order. */
    public List<String> canonicalRules() {
        return rules.stream().map(SocketRule::canonical).toList();
    }
}
