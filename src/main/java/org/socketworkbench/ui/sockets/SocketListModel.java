package org.socketworkbench.ui.sockets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.TreeItem;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketFilter;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.ui.FxTexts;

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
import java.util.function.IntUnaryOperator;
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

    private static final Comparator<TreeItem<SocketEntry>> ORDER = Comparator
            .comparing((TreeItem<SocketEntry> i) -> i.getValue().row().role() != SocketRole.TCP_SERVER)
            .thenComparingInt(i -> i.getValue().id());

    private final SocketTracker tracker;
    private final SocketActions actions;
    private final TreeItem<SocketEntry> root = new TreeItem<>();
    /** Every known socket's item, shown or not. */
    private final Map<Integer, TreeItem<SocketEntry>> items = new HashMap<>();
    private final ReadOnlyObjectWrapper<SocketRow> selected = new ReadOnlyObjectWrapper<>();
    /** Parents the engine does not know about (a relay's server legs under the relay), -1 for none. */
    private IntUnaryOperator adoptedParent = id -> -1;
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty autoRemoveClosed = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private List<Integer> selection = List.of();
    private SocketFilter filter = SocketFilter.ALL;

    /** The summary follows the language (View, Language); held here, heard weakly. */
    private final ChangeListener<Locale> relabel = (obs, old, locale) -> updateSummary();

    public SocketListModel(SocketTracker tracker, SocketActions actions) {
        this.tracker = tracker;
        this.actions = actions;
        filterText.addListener((obs, old, now) -> applyFilter(SocketFilter.of(now)));
        autoRemoveClosed.addListener((obs, was, on) -> {
            if (on) {
                actions.destroyAll(closedConnections(items.values().stream().map(i -> i.getValue().row()).toList()));
            }
        });
        FxTexts.localeProperty().addListener(new WeakChangeListener<>(relabel));
        updateSummary();
    }

    public TreeItem<SocketEntry> root() {
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

    /**
     * Puts sockets under a parent the engine does not report, e.g. a relay's own client sockets
     * under its listening socket, beside the connections it accepted. FX thread.
     */
    public void adoptParents(IntUnaryOperator parentOf) {
        adoptedParent = parentOf;
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
        Set<TreeItem<SocketEntry>> servers = new LinkedHashSet<>();
        changes.forEach((id, row) -> {
            if (row == null) {
                forget(id, batch);
            } else {
                upsert(row, batch, servers);
            }
        });
        batch.apply();
        Batch serverBatch = new Batch();
        for (TreeItem<SocketEntry> server : servers) {
            place(server, filter.matches(server.getValue().row()) || !server.getChildren().isEmpty(), serverBatch);
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
            if (row.status().peerGone()) {
                closed.add(row.id());
            }
        });
        actions.destroyAll(closed);
    }

    private static List<Integer> closedConnections(java.util.Collection<SocketRow> rows) {
        List<Integer> closed = new ArrayList<>();
        for (SocketRow row : rows) {
            if (row != null && row.role() == SocketRole.TCP_ACCEPTED && row.status().peerGone()) {
                closed.add(row.id());
            }
        }
        return closed;
    }

    private void upsert(SocketRow row, Batch batch, Set<TreeItem<SocketEntry>> servers) {
        TreeItem<SocketEntry> item = items.get(row.id());
        boolean roleChanged = false;
        if (item == null) {
            item = new TreeItem<>(new SocketEntry(row));
            item.setExpanded(true);
            items.put(row.id(), item);
        } else {
            // in place: the item keeps its value, so the tree keeps its cells (see SocketEntry)
            roleChanged = item.getValue().row().role() != row.role();
            item.getValue().update(row);
        }
        if (roleChanged) {
            batch.detach(item);
        }
        if (row.role() == SocketRole.TCP_SERVER) {
            servers.add(item);
        } else {
            place(item, filter.matches(row), batch);
            TreeItem<SocketEntry> server = row.role() == SocketRole.TCP_ACCEPTED ? items.get(row.parentId()) : null;
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
    private void place(TreeItem<SocketEntry> item, boolean shown, Batch batch) {
        TreeItem<SocketEntry> parent = parentFor(item.getValue().row());
        TreeItem<SocketEntry> now = batch.parentOf(item);
        if (shown && now != parent) {
            batch.detach(item);
            batch.attach(parent, item);
        } else if (!shown && now != null) {
            batch.detach(item);
        }
    }

    private void forget(int id, Batch batch) {
        TreeItem<SocketEntry> item = items.remove(id);
        if (item == null) {
            return;
        }
        batch.detach(item);
        List<TreeItem<SocketEntry>> orphans = List.copyOf(item.getChildren());
        if (!orphans.isEmpty()) {
            item.getChildren().clear();
            orphans.forEach(orphan -> batch.attach(root, orphan));
        }
        SocketRow current = selected.get();
        if (current != null && current.id() == id) {
            selected.set(null);
        }
    }

    private TreeItem<SocketEntry> parentFor(SocketRow row) {
        TreeItem<SocketEntry> adopter = items.get(adoptedParent.applyAsInt(row.id()));
        if (adopter != null) {
            return adopter;
        }
        if (row.role() == SocketRole.TCP_ACCEPTED) {
            TreeItem<SocketEntry> server = items.get(row.parentId());
            if (server != null) {
                return server;
            }
        }
        return root;
    }

    /** A new filter: rebuilds the tree (once per keystroke, never per pulse). */
    private void applyFilter(SocketFilter next) {
        filter = next;
        Map<TreeItem<SocketEntry>, List<TreeItem<SocketEntry>>> children = new HashMap<>();
        List<TreeItem<SocketEntry>> servers = new ArrayList<>();
        for (TreeItem<SocketEntry> item : items.values()) {
            SocketRow row = item.getValue().row();
            if (row.role() == SocketRole.TCP_SERVER) {
                servers.add(item);
            } else if (filter.matches(row)) {
                children.computeIfAbsent(parentFor(row), p -> new ArrayList<>()).add(item);
            }
        }
        List<TreeItem<SocketEntry>> top = children.computeIfAbsent(root, p -> new ArrayList<>());
        for (TreeItem<SocketEntry> server : servers) {
            List<TreeItem<SocketEntry>> connections = children.getOrDefault(server, new ArrayList<>());
            connections.sort(ORDER);
            server.getChildren().setAll(connections);
            if (filter.matches(server.getValue().row()) || !connections.isEmpty()) {
                top.add(server);
            }
        }
        top.sort(ORDER);
        root.getChildren().setAll(top);
        updateSummary();
    }

    private void forEachShown(java.util.function.Consumer<SocketRow> action) {
        for (TreeItem<SocketEntry> item : root.getChildren()) {
            action.accept(item.getValue().row());
            item.getChildren().forEach(child -> action.accept(child.getValue().row()));
        }
    }

    private void updateSummary() {
        int shown = 0;
        for (TreeItem<SocketEntry> item : root.getChildren()) {
            shown += 1 + item.getChildren().size();
        }
        int total = items.size();
        summary.set(filter.isEmpty() || shown == total
                ? Texts.get(total == 1 ? "sockets.summary.one" : "sockets.summary", String.format(Locale.ROOT, "%,d", total))
                : Texts.get("sockets.summary.filtered", String.format(Locale.ROOT, "%,d", shown),
                        String.format(Locale.ROOT, "%,d", total)));
    }

    /**
     * The tree changes of one refresh, applied per parent in one go: all removals, then all
     * additions in order (appended when they come after every present child, the usual case as
     * ids only grow).
     */
    private static final class Batch {
        private final Map<TreeItem<SocketEntry>, Set<TreeItem<SocketEntry>>> removals = new LinkedHashMap<>();
        private final Map<TreeItem<SocketEntry>, List<TreeItem<SocketEntry>>> additions = new LinkedHashMap<>();
        private final Map<TreeItem<SocketEntry>, TreeItem<SocketEntry>> moved = new HashMap<>();

        /** Where the item will be once the batch is applied (null: out of the tree). */
        TreeItem<SocketEntry> parentOf(TreeItem<SocketEntry> item) {
            return moved.containsKey(item) ? moved.get(item) : item.getParent();
        }

        void detach(TreeItem<SocketEntry> item) {
            TreeItem<SocketEntry> pending = moved.get(item);
            if (pending != null) {
                additions.get(pending).remove(item);
            }
            if (item.getParent() != null) {
                removals.computeIfAbsent(item.getParent(), p -> new HashSet<>()).add(item);
            }
            moved.put(item, null);
        }

        void attach(TreeItem<SocketEntry> parent, TreeItem<SocketEntry> item) {
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

        private static void insertSorted(TreeItem<SocketEntry> parent, List<TreeItem<SocketEntry>> added) {
            added.sort(ORDER);
            var children = parent.getChildren();
            if (children.isEmpty() || ORDER.compare(children.getLast(), added.getFirst()) < 0) {
                children.addAll(added);
                return;
            }
            for (TreeItem<SocketEntry> item : added) {
                int index = Collections.binarySearch(children, item, ORDER);
                children.add(index < 0 ? -index - 1 : index, item);
            }
        }
    }
}
