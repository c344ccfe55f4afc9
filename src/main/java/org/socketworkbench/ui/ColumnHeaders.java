package org.socketworkbench.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps a column at least as wide as its header in the current language. A table with a
 * constrained resize policy shrinks its columns together when the window is narrow (1366 pixels
 * wide, the traffic table gets about half its columns' widths), and a header narrower than its
 * text is cut to an ellipsis ("套..."), which tells nobody what the column holds.
 */
public final class ColumnHeaders {

    /** Around the text: the header label's padding and the column's borders, in em. */
    private static final double PADDING_EM = 1.5;

    private ColumnHeaders() {
    }

    /** Binds {@code column}'s minimum width to its header text (measured in bold, as headers are drawn). */
    public static <C extends TableColumnBase<?, ?>> C keepWhole(C column) {
        Text probe = new Text();
        column.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            Font font = Font.getDefault();
            probe.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
            probe.setText(column.getText() == null ? "" : column.getText());
            return Math.ceil(probe.getLayoutBounds().getWidth() + font.getSize() * PADDING_EM);
        }, column.textProperty()));
        return column;
    }
}
