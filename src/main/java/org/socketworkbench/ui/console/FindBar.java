package org.socketworkbench.ui.console;

import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.FxTexts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.CodeArea;
import org.socketworkbench.ui.StyleClasses;

/**
 * Find in the script editor (Ctrl+F): typing selects the first match from the caret on, Enter
 * and Next go to the next one, Shift+Enter and Previous to the one before (both wrap around),
 * Escape closes the bar and gives the editor the focus back.
 */
final class FindBar extends HBox {

    /** The key of the status shown when the query is not in the script. */
    static final String NO_MATCH = "console.find.noMatch";

    private final CodeArea area;
    private final TextField query = new TextField();
    private final Label status = new Label();

    FindBar(CodeArea area) {
        this.area = area;
        setId("consoleFindBar");
        getStyleClass().add(StyleClasses.CONSOLE_FIND_BAR);
        query.setId("consoleFind");
        FxTexts.prompt(query, "console.find.prompt");
        query.setPrefColumnCount(24);
        query.textProperty().addListener((property, before, now) -> find(area.getSelection().getStart(), true));
        query.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
        Button next = FxTexts.bind(new Button(), "console.find.next");
        next.setId("consoleFindNext");
        next.setOnAction(event -> next());
        Button previous = FxTexts.bind(new Button(), "console.find.previous");
        previous.setId("consoleFindPrevious");
        previous.setOnAction(event -> previous());
        Button close = FxTexts.bind(new Button(), "console.find.close");
        close.setOnAction(event -> close());
        status.setId("consoleFindStatus");
        status.getStyleClass().add(StyleClasses.FORM_PROBLEM);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(query, previous, next, status, close);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows the bar with the selected text (if any) as the query, and focuses it. */
    void open() {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(selected);
        }
        setVisible(true);
        query.requestFocus();
        query.selectAll();
    }

    void close() {
        setVisible(false);
        status.setText("");
        area.requestFocus();
    }

    void next() {
        find(area.getSelection().getEnd(), true);
    }

    void previous() {
        find(area.getSelection().getStart(), false);
    }

    private void find(int from, boolean forwards) {
        String text = area.getText();
        String wanted = query.getText();
        int at = forwards ? TextSearch.next(text, wanted, from) : TextSearch.previous(text, wanted, from);
        status.setText(at < 0 && !wanted.isEmpty() ? Texts.get(NO_MATCH) : "");
        if (at >= 0) {
            area.selectRange(at, at + wanted.length());
            area.requestFollowCaret();
        }
    }
}
