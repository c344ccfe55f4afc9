package org.socketworkbench.replies;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set with problems cannot run; {@link #problems()} lists every one. */
public final class RuleSetException extends IllegalArgumentException {

    private final List<RuleProblem> problems;

    RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
