package org.socketworkbench.ui.sockets;

import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import org.socketworkbench.ui.PaneHeader;

/** The socket list: TCP servers with their accepted connections, TCP clients and UDP sockets. */
public final class SocketListPane extends BorderPane {

    private final TreeTableView<Object> tree = new TreeTableView<>(new TreeItem<>());

    public SocketListPane() {
        setId("socketList");
        getStyleClass().add("socket-list");
        createView();
    }

    private void createView() {
        tree.setId("socketTree");
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label("No sockets yet"));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (String title : new String[] {"Id", "Type", "State", "Local", "Peer", "In", "Out"}) {
            tree.getColumns().add(new TreeTableColumn<>(title));
        }
        setTop(new PaneHeader("Sockets"));
        setCenter(tree);
    }
}
