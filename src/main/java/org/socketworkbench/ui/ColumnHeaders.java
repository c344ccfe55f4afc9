package org.socketworkbench.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps a column at least as wide as its header in the current language, and where its widest
 * value is known, as that value. A table with a
 * constrained resize policy shrinks its columns together when the window is narrow (1366 pixels
 * wide, the traffic table gets about half its columns' widths), and a header narrower than its
 * text is cut to an ellipsis ("套..."), which tells nobody what the column holds.
 */
public final class ColumnHeaders {

    /** Around the text: the header label's padding and the column's borders, in em. */
    private static final double PADDING_EM = 1.5;
    /** Around a cell's text: a dense table cell's padding, in em. */
    private static final double CELL_PADDING_EM = 0.8;

    private ColumnHeaders() {
    }

    /** Binds {@code column}'s minimum width to its header text (measured in bold, as headers are drawn). */
    public static <C extends TableColumnBase<?, ?>> C keepWhole(C column) {
        column.minWidthProperty().bind(Bindings.createDoubleBinding(() -> headerWidth(column), column.textProperty()));
        return column;
    }

    /**
     * Binds {@code column}'s minimum width to its header text and to {@code widestValue}, the
     * widest text its cells show (measured in the regular weight), whichever is wider.
     */
    public static <C extends TableColumnBase<?, ?>> C keepValuesWhole(C column, ObservableValue<String> widestValue) {
        column.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(headerWidth(column),
                textWidth(widestValue.getValue(), FontWeight.NORMAL, CELL_PADDING_EM)), column.textProperty(), widestValue));
        return column;
    }

    private static double headerWidth(TableColumnBase<?, ?> column) {
        return textWidth(column.getText(), FontWeight.BOLD, PADDING_EM);
    }

    private static double textWidth(String text, FontWeight weight, double paddingEm) {
        Font font = Font.getDefault();
        Text probe = new Text(text == null ? "" : text);
        probe.setFont(Font.font(font.getFamily(), weight, font.getSize()));
        return Math.ceil(probe.getLayoutBounds().getWidth() + font.getSize() * paddingEm);
    }
}
