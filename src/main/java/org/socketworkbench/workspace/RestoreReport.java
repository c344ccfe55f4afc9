package org.socketworkbench.workspace;

import org.socketworkbench.i18n.Texts;

import java.util.List;

/**
 * What opening a workspace did, part by part, in the file's order: what opened, and for what did
 * not, the step, Chrome's error name and why.
 */
public record RestoreReport(List<PartOutcome> outcomes) {

    public RestoreReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<PartOutcome> failures() {
        return outcomes.stream().filter(o -> !o.opened()).toList();
    }

    public long openedCount() {
        return outcomes.stream().filter(PartOutcome::opened).count();
    }

    /** One line: "5 parts opened; 1 did not." in the current language. */
    public String summary() {
        List<PartOutcome> failed = failures();
        return failed.isEmpty() ? Texts.get("workspace.report.allOpened", openedCount())
                : Texts.get("workspace.report.someFailed", openedCount(), failed.size());
    }

    /** The summary, then one line per part. */
    public String text() {
        StringBuilder text = new StringBuilder(summary());
        outcomes.forEach(o -> text.append('\n').append(o.describe()));
        return text.toString();
    }
}
