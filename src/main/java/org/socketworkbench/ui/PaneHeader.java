package org.socketworkbench.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The title strip on top of every pane: a title on the left, the pane's own tools on the right. */
public final class PaneHeader extends HBox {

    public PaneHeader(String title, Node... tools) {
        getStyleClass().add(StyleClasses.PANE_HEADER);
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(title);
        label.getStyleClass().add(StyleClasses.PANE_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(label, spacer);
        getChildren().addAll(tools);
    }
}
