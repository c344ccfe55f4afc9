package org.socketworkbench.ui.console;

import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Keeps a {@link CodeArea}'s JavaScript highlighting up to date without blocking the FX thread:
 * the spans of a text are computed on a background thread, and applied only if the text has not
 * changed since. At most one computation runs; edits made meanwhile are caught up with by one
 * more computation of the newest text, however many there were. FX thread only, except the
 * computation itself.
 */
final class Highlighting {

    private static final System.Logger LOG = System.getLogger(Highlighting.class.getName());

    private final CodeArea area;
    private final Executor background;
    private long version;
    private boolean computing;

    /**
     * @param background runs the computation (a virtual thread each time in the workbench)
     */
    Highlighting(CodeArea area, Executor background) {
        this.area = area;
        this.background = background;
        area.plainTextChanges().subscribe(change -> changed());
        changed();
    }

    private void changed() {
        version++;
        if (!computing) {
            compute();
        }
    }

    private void compute() {
        computing = true;
        long computed = version;
        String text = area.getText();
        CompletableFuture.supplyAsync(() -> JavaScriptHighlighter.spans(text), background)
                .whenComplete((spans, failure) -> Platform.runLater(() -> computed(computed, spans, failure)));
    }

    private void computed(long computed, StyleSpans<Collection<String>> spans, Throwable failure) {
        computing = false;
        if (failure != null) {
            // The text stays readable, just uncoloured; the next edit tries again.
            LOG.log(System.Logger.Level.WARNING, "Highlighting the script failed", failure);
        } else if (computed == version) {
            area.setStyleSpans(0, spans);
        }
        if (computed != version) {
            compute();
        }
    }
}
