package org.socketworkbench.ui.sockets;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.socketworkbench.sockets.SocketRow;

/**
 * One socket's line in the socket list, for the whole life of the socket: the tree item's value
 * never changes, the entry's {@link #rowProperty() row} does. A tree item whose value is replaced
 * makes the TreeTableView skin throw away and rebuild every visible cell; with thousands of
 * connections updated ten times a second that rebuild was what held the pulses up (issue 13). Cells
 * observe the row instead, so only the cells of the sockets that changed update. FX thread only.
 */
public final class SocketEntry {

    private final int id;
    private final ReadOnlyObjectWrapper<SocketRow> row;

    SocketEntry(SocketRow first) {
        this.id = first.id();
        this.row = new ReadOnlyObjectWrapper<>(first);
    }

    /** The chrome.socket id, the same for the entry's whole life. */
    public int id() {
        return id;
    }

    /** What the socket looks like now. */
    public SocketRow row() {
        return row.get();
    }

    /** The latest row; cells and the selected-row details listen to it. */
    public ReadOnlyObjectProperty<SocketRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    /** Takes the tracker's newest row for this socket, in place. */
    void update(SocketRow next) {
        row.set(next);
    }

    @Override
    public String toString() {
        return row().toString();
    }
}
