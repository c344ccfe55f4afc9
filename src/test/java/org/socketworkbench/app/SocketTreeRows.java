package org.socketworkbench.app;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.ui.sockets.SocketEntry;

import java.util.ArrayList;
import java.util.List;

/** The rows of the socket list's tree, servers before their connections, for the GUI flow tests. */
final class SocketTreeRows {

    private SocketTreeRows() {
    }

    static List<SocketRow> all(TreeTableView<SocketEntry> tree) {
        List<SocketRow> rows = new ArrayList<>();
        collect(tree.getRoot(), rows);
        return rows;
    }

    private static void collect(TreeItem<SocketEntry> item, List<SocketRow> rows) {
        for (TreeItem<SocketEntry> child : item.getChildren()) {
            rows.add(child.getValue().row());
            collect(child, rows);
        }
    }
}
