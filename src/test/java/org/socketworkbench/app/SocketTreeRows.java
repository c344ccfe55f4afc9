package org.socketworkbench.app;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.socketworkbench.sockets.SocketRow;

import java.util.ArrayList;
import java.util.List;

/** The rows of the socket list's tree, servers before their connections, for the GUI flow tests. */
final class SocketTreeRows {

    private SocketTreeRows() {
    }

    static List<SocketRow> all(TreeTableView<SocketRow> tree) {
        List<SocketRow> rows = new ArrayList<>();
        collect(tree.getRoot(), rows);
        return rows;
    }

    private static void collect(TreeItem<SocketRow> item, List<SocketRow> rows) {
        for (TreeItem<SocketRow> child : item.getChildren()) {
            rows.add(child.getValue());
            collect(child, rows);
        }
    }
}
