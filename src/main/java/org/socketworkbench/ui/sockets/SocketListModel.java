package org.socketworkbench.ui.sockets;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TreeItem;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketTracker;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The socket list as a tree: TCP servers with their accepted connections beneath them, then
 * clients and UDP sockets, in id order. Updated from {@link SocketTracker} in batches on the FX
 * thread ({@link #refresh()}).
 */
public final class SocketListModel {

    private final SocketTracker tracker;
    private final TreeItem<SocketRow> root = new TreeItem<>();
    private final Map<Integer, TreeItem<SocketRow>> items = new HashMap<>();
    private final ReadOnlyObjectWrapper<SocketRow> selected = new ReadOnlyObjectWrapper<>();
    /** Parents the engine does not know about (a relay's server legs under the relay), -1 for none. */
    private IntUnaryOperator adoptedParent = id -> -1;

    public SocketListModel(SocketTracker tracker) {
        this.tracker = tracker;
    }

    public TreeItem<SocketRow> root() {
        return root;
    }

    public SocketTracker tracker() {
        return tracker;
    }

    /** The row the user selected, kept current as the row changes. */
    public ReadOnlyObjectProperty<SocketRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public void select(SocketRow row) {
        selected.set(row);
    }

    /**
     * Puts sockets under a parent the engine does not report, e.g. a relay's own client sockets
     * under its listening socket, beside the connections it accepted. FX thread.
     */
    public void adoptParents(IntUnaryOperator parentOf) {
        adoptedParent = parentOf;
    }

    /** Applies what changed since the last refresh. FX thread. */
    public void refresh() {
        tracker.drainChanges().forEach((id, row) -> {
            if (row == null) {
                remove(id);
            } else {
                upsert(row);
            }
        });
    }

    /** Re-computes rates; call once a second. */
    public void tick() {
        tracker.tick();
    }

    private void upsert(SocketRow row) {
        TreeItem<SocketRow> item = items.get(row.id());
        if (item == null) {
            item = new TreeItem<>(row);
            item.setExpanded(true);
            items.put(row.id(), item);
            insertSorted(parentFor(row), item);
        } else {
            boolean roleChanged = item.getValue().role() != row.role();
            item.setValue(row);
            TreeItem<SocketRow> parent = parentFor(row);
            if (item.getParent() != parent || roleChanged) {
                item.getParent().getChildren().remove(item);
                insertSorted(parent, item);
            }
        }
        SocketRow current = selected.get();
        if (current != null && current.id() == row.id()) {
            selected.set(row);
        }
    }

    private void remove(int id) {
        TreeItem<SocketRow> item = items.remove(id);
        if (item == null) {
            return;
        }
        TreeItem<SocketRow> parent = item.getParent();
        if (parent != null) {
            parent.getChildren().remove(item);
        }
        for (TreeItem<SocketRow> orphan : List.copyOf(item.getChildren())) {
            item.getChildren().remove(orphan);
            insertSorted(root, orphan);
        }
        SocketRow current = selected.get();
        if (current != null && current.id() == id) {
            selected.set(null);
        }
    }

    private TreeItem<SocketRow> parentFor(SocketRow row) {
        TreeItem<SocketRow> adopter = items.get(adoptedParent.applyAsInt(row.id()));
        if (adopter != null) {
            return adopter;
        }
        if (row.role() == SocketRole.TCP_ACCEPTED) {
            TreeItem<SocketRow> server = items.get(row.parentId());
            if (server != null) {
                return server;
            }
        }
        return root;
    }

    private static final Comparator<TreeItem<SocketRow>> ORDER = Comparator
            .comparing((TreeItem<SocketRow> i) -> i.getValue().role() != SocketRole.TCP_SERVER)
            .thenComparingInt(i -> i.getValue().id());

    private static void insertSorted(TreeItem<SocketRow> parent, TreeItem<SocketRow> item) {
        var children = parent.getChildren();
        int index = 0;
        while (index < children.size() && ORDER.compare(children.get(index), item) < 0) {
            index++;
        }
        children.add(index, item);
    }
}
