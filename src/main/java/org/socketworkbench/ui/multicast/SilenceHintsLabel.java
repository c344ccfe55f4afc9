package org.socketworkbench.ui.multicast;

import javafx.scene.control.Label;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.WorkspaceSnapshot;
import org.socketworkbench.ui.StyleClasses;

import java.util.List;
import java.util.Map;

/** Why a joined group hears nothing: the workspace's hints per silent channel, hidden while every group receives. */
final class SilenceHintsLabel extends Label {

    SilenceHintsLabel() {
        setId("silenceHints");
        getStyleClass().addAll(StyleClasses.FOREIGN_TRAFFIC, StyleClasses.SILENCE_HINTS);
        setWrapText(true);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void show(WorkspaceSnapshot snapshot) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Channel, List<String>> entry : snapshot.hints().entrySet()) {
            text.append(text.isEmpty() ? "" : "\n").append(entry.getKey()).append(':');
            entry.getValue().forEach(hint -> text.append("\n  \u2022 ").append(hint));
        }
        String shown = text.toString();
        if (!shown.equals(getText())) {
            setText(shown);
        }
        setVisible(!shown.isEmpty());
    }
}
