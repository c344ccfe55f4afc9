package org.socketworkbench.ui.sockets;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.ui.StyleClasses;

/** The details panel: chrome.socket getInfo of the selected socket, plus its multicast groups. */
final class SocketDetails extends GridPane {

    private final SocketActions actions;
    private final Label title = new Label("Select a socket to see its details");
    private final Label info = new Label();

    SocketDetails(SocketActions actions) {
        this.actions = actions;
        setId("socketDetails");
        getStyleClass().add(StyleClasses.SOCKET_DETAILS);
        setPadding(new Insets(4, 8, 4, 8));
        setHgap(8);
        title.getStyleClass().add(StyleClasses.PANE_TITLE);
        info.setId("socketInfo");
        info.setWrapText(true);
        add(title, 0, 0);
        add(info, 0, 1);
    }

    /** For a multi-selection: how many, and what can be done with them all. */
    void showSelected(int count) {
        title.setText(count + " sockets selected");
        info.setText("Delete destroys them; the context menu disconnects or destroys them all");
    }

    /** Asks the engine for getInfo of {@code row}'s socket and shows it. */
    void show(SocketRow row) {
        if (row == null) {
            title.setText("Select a socket to see its details");
            info.setText("");
            return;
        }
        title.setText("Socket " + row.id() + " · " + row.typeLabel() + " · " + row.status().label());
        actions.getInfo(row.id(), details -> info.setText(describe(details, row)));
    }

    private static String describe(SocketInfo details, SocketRow row) {
        StringBuilder text = new StringBuilder("getInfo: socketType ").append(details.socketType())
                .append(", connected ").append(details.connected());
        if (details.localAddress() != null) {
            text.append(", local ").append(details.localAddress()).append(':').append(details.localPort());
        }
        if (details.peerAddress() != null) {
            text.append(", peer ").append(details.peerAddress()).append(':').append(details.peerPort());
        }
        if (!row.groups().isEmpty()) {
            text.append("\nmulticast groups: ").append(String.join(", ", row.groups()));
        }
        if (!row.lastResult().isEmpty()) {
            text.append("\nlast result: ").append(row.lastResult());
        }
        return text.toString();
    }
}
