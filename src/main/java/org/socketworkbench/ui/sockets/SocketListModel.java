package org.socketworkbench.ui.sockets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TreeItem;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketFilter;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.sockets.SocketTracker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The socket list as a tree: TCP servers with their accepted connections beneath them, then
 * clients and UDP sockets, in id order, narrowed by a quick filter ({@link SocketFilter}).
 * Updated from {@link SocketTracker} in batches on the FX thread ({@link #refresh()}).
 *
 * <p>Built for thousands of sockets: a refresh touches only the rows that changed, and each
 * parent's children change at most twice per refresh (one removal of many, one addition of many),
 * because every single change of a tree item's children makes the tree recount its rows. A server
 * is shown when it matches the filter or has a connection that does; a connection only when it
 * matches. Only a new filter rebuilds the tree.
 */
public final class SocketListModel {

    private static final Comparator<TreeItem<SocketRow>> ORDER = Comparator
            .comparing((TreeItem<SocketRow> i) -> i.getValue().role() != SocketRole.TCP_SERVER)
            .thenComparingInt(i -> i.getValue().id());

    private final SocketTracker tracker;
    private final SocketActions actions;
    private final TreeItem<SocketRow> root = new TreeItem<>();
    /** Every known socket's item, shown or not. */
    private final Map<Integer, TreeItem<SocketRow>> items = new HashMap<>();
    private final ReadOnlyObjectWrapper<SocketRow> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty autoRemoveClosed = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private List<Integer> selection = List.of();
    private SocketFilter filter = SocketFilter.ALL;

    public SocketListModel(SocketTracker tracker, SocketActions actions) {
        this.tracker = tracker;
        this.actions = actions;
        filterText.addListener((obs, old, now) -> applyFilter(SocketFilter.of(now)));
        autoRemoveClosed.addListener((obs, was, on) -> {
            if (on) {
                actions.destroyAll(closedConnections(items.values().stream().map(TreeItem::getValue).toList()));
            }
        });
        updateSummary();
    }

    public TreeItem<SocketRow> root() {
        return root;
    }

    public SocketTracker tracker() {
        return tracker;
    }

    /** The row the user selected last, kept current as the row changes. */
    public ReadOnlyObjectProperty<SocketRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public void select(SocketRow row) {
        selected.set(row);
    }

    /** The ids of every selected row (the list allows several); what the selection commands act on. */
    public void setSelection(List<Integer> ids) {
        selection = List.copyOf(ids);
    }

    public List<Integer> selection() {
        return selection;
    }

    /** The quick filter as typed: words that must each match an address, a :port, a state or a type. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Destroy accepted connections as soon as they close (a server taking thousands of clients). */
    public BooleanProperty autoRemoveClosedProperty() {
        return autoRemoveClosed;
    }

    /** "5,003 sockets", or "120 of 5,003 shown" while filtering. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Applies what changed since the last refresh. FX thread. */
    public void refresh() {
        Map<Integer, SocketRow> changes = tracker.drainChanges();
        if (changes.isEmpty()) {
            return;
        }
        Batch batch = new Batch();
        Set<TreeItem<SocketRow>> servers = new LinkedHashSet<>();
        changes.forEach((id, row) -> {
            if (row == null) {
                forget(id, batch);
            } else {
                upsert(row, batch, servers);
            }
        });
        batch.apply();
        Batch serverBatch = new Batch();
        for (TreeItem<SocketRow> server : servers) {
            place(server, filter.matches(server.getValue()) || !server.getChildren().isEmpty(), serverBatch);
        }
        serverBatch.apply();
        updateSummary();
        if (autoRemoveClosed.get()) {
            actions.destroyAll(closedConnections(changes.values()));
        }
    }

    /** Re-computes rates; call once a second. */
    public void tick() {
        tracker.tick();
    }

    /** Destroys every selected socket. */
    public void destroySelected() {
        actions.destroyAll(selection);
    }

    /** Disconnects every selected socket. */
    public void disconnectSelected() {
        actions.disconnectAll(selection);
    }

    /** Destroys every closed socket the list shows (the filter narrows it). */
    public void removeClosed() {
        List<Integer> closed = new ArrayList<>();
        forEachShown(row -> {
            if (row.status() == SocketStatus.CLOSED) {
                closed.add(row.id());
            }
        });
        actions.destroyAll(closed);
    }

    private static List<Integer> closedConnections(java.util.Collection<SocketRow> rows) {
        List<Integer> closed = new ArrayList<>();
        for (SocketRow row : rows) {
            if (row != null && row.role() == SocketRole.TCP_ACCEPTED && row.status() == SocketStatus.CLOSED) {
                closed.add(row.id());
            }
        }
        return closed;
    }

    private void upsert(SocketRow row, Batch batch, Set<TreeItem<SocketRow>> servers) {
        TreeItem<SocketRow> item = items.get(row.id());
        boolean roleChanged = false;
        if (item == null) {
            item = new TreeItem<>(row);
            item.setExpanded(true);
            items.put(row.id(), item);
        } else {
            roleChanged = item.getValue().role() != row.role();
            item.setValue(row);
        }
        if (roleChanged) {
            batch.detach(item);
        }
        if (row.role() == SocketRole.TCP_SERVER) {
            servers.add(item);
        } else {
            place(item, filter.matches(row), batch);
            TreeItem<SocketRow> server = row.role() == SocketRole.TCP_ACCEPTED ? items.get(row.parentId()) : null;
            if (server != null) {
                servers.add(server);
            }
        }
        SocketRow current = selected.get();
        if (current != null && current.id() == row.id()) {
            selected.set(row);
        }
    }

    /** Puts an item under the parent it belongs to, or takes it out of the tree. */
    private void place(TreeItem<SocketRow> item, boolean shown, Batch batch) {
        TreeItem<SocketRow> parent = parentFor(item.getValue());
        TreeItem<SocketRow> now = batch.parentOf(item);
        if (shown && now != parent) {
            batch.detach(item);
            batch.attach(parent, item);
        } else if (!shown && now != null) {
            batch.detach(item);
        }
    }

    private void forget(int id, Batch batch) {
        TreeItem<SocketRow> item = items.remove(id);
        if (item == null) {
            return;
        }
        batch.detach(item);
        List<TreeItem<SocketRow>> orphans = List.copyOf(item.getChildren());
        if (!orphans.isEmpty()) {
            item.getChildren().clear();
            orphans.forEach(orphan -> batch.attach(root, orphan));
        }
        SocketRow current = selected.get();
        if (current != null && current.id() == id) {
            selected.set(null);
        }
    }

    private TreeItem<SocketRow> parentFor(SocketRow row) {
        if (row.role() == SocketRole.TCP_ACCEPTED) {
            TreeItem<SocketRow> server = items.get(row.parentId());
            if (server != null) {
                return server;
            }
        }
        return root;
    }

    /** A new filter: rebuilds the tree (once per keystroke, never per pulse). */
    private void applyFilter(SocketFilter next) {
        filter = next;
        Map<TreeItem<SocketRow>, List<TreeItem<SocketRow>>> children = new HashMap<>();
        List<TreeItem<SocketRow>> servers = new ArrayList<>();
        for (TreeItem<SocketRow> item : items.values()) {
            if (item.getValue().role() == SocketRole.TCP_SERVER) {
                servers.add(item);
            } else if (filter.matches(item.getValue())) {
                children.computeIfAbsent(parentFor(item.getValue()), p -> new ArrayList<>()).add(item);
            }
        }
        List<TreeItem<SocketRow>> top = children.computeIfAbsent(root, p -> new ArrayList<>());
        for (TreeItem<SocketRow> server : servers) {
            List<TreeItem<SocketRow>> connections = children.getOrDefault(server, new ArrayList<>());
            connections.sort(ORDER);
            server.getChildren().setAll(connections);
            if (filter.matches(server.getValue()) || !connections.isEmpty()) {
                top.add(server);
            }
        }
        top.sort(ORDER);
        root.getChildren().setAll(top);
        updateSummary();
    }

    private void forEachShown(java.util.function.Consumer<SocketRow> action) {
        for (TreeItem<SocketRow> item : root.getChildren()) {
            action.accept(item.getValue());
            item.getChildren().forEach(child -> action.accept(child.getValue()));
        }
    }

    private void updateSummary() {
        int shown = 0;
        for (TreeItem<SocketRow> item : root.getChildren()) {
            shown += 1 + item.getChildren().size();
        }
        int total = items.size();
        summary.set(filter.isEmpty() || shown == total
                ? String.format(Locale.ROOT, "%,d socket%s", total, total == 1 ? "" : "s")
                : String.format(Locale.ROOT, "%,d of %,d shown", shown, total));
    }

    /**
     * The tree changes of one refresh, applied per parent in one go: all removals, then all
     * additions in order (appended when they come after every present child, the usual case as
     * ids only grow).
     */
    private static final class Batch {
        private final Map<TreeItem<SocketRow>, Set<TreeItem<SocketRow>>> removals = new LinkedHashMap<>();
        private final Map<TreeItem<SocketRow>, List<TreeItem<SocketRow>>> additions = new LinkedHashMap<>();
        private final Map<TreeItem<SocketRow>, TreeItem<SocketRow>> moved = new HashMap<>();

        /** Where the item will be once the batch is applied (null: out of the tree). */
        TreeItem<SocketRow> parentOf(TreeItem<SocketRow> item) {
            return moved.containsKey(item) ? moved.get(item) : item.getParent();
        }

        void detach(TreeItem<SocketRow> item) {
            TreeItem<SocketRow> pending = moved.get(item);
            if (pending != null) {
                additions.get(pending).remove(item);
            }
            if (item.getParent() != null) {
                removals.computeIfAbsent(item.getParent(), p -> new HashSet<>()).add(item);
            }
            moved.put(item, null);
        }

        void attach(TreeItem<SocketRow> parent, TreeItem<SocketRow> item) {
            additions.computeIfAbsent(parent, p -> new ArrayList<>()).add(item);
            moved.put(item, parent);
        }

        void apply() {
            removals.forEach((parent, gone) -> parent.getChildren().removeAll(gone));
            additions.forEach((parent, added) -> {
                if (!added.isEmpty()) {
                    insertSorted(parent, added);
                }
            });
        }

        private static void insertSorted(TreeItem<SocketRow> parent, List<TreeItem<SocketRow>> added) {
            added.sort(ORDER);
            var children = parent.getChildren();
            if (children.isEmpty() || ORDER.compare(children.getLast(), added.getFirst()) < 0) {
                children.addAll(added);
                return;
            }
            for (TreeItem<SocketRow> item : added) {
                int index = Collections.binarySearch(children, item, ORDER);
                children.add(index < 0 ? -index - 1 : index, item);
            }
        }
    }
}
