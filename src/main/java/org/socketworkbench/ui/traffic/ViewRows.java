package org.socketworkbench.ui.traffic;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.List;

/**
 * The traffic table's rows: an observable list that only the view model changes, and whose
 * changes are whole ranges. JavaFX's own list removes a range one element at a time (each
 * shifting the rest), which turned dropping the oldest 600,000 rows into a 13-second freeze;
 * here dropping from the front is one array copy and one change event.
 */
final class ViewRows<E> extends ObservableListBase<E> {

    private final ArrayList<E> items = new ArrayList<>();

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** Removes the first {@code count} rows. */
    void dropFirst(int count) {
        count = Math.min(count, items.size());
        if (count <= 0) {
            return;
        }
        List<E> removed = new ArrayList<>(items.subList(0, count));
        items.subList(0, count).clear();
        beginChange();
        nextRemove(0, removed);
        endChange();
    }

    /** Adds rows at the end. */
    void append(List<? extends E> more) {
        if (more.isEmpty()) {
            return;
        }
        int from = items.size();
        items.addAll(more);
        beginChange();
        nextAdd(from, items.size());
        endChange();
    }

    /** Replaces every row. */
    void replaceAll(List<? extends E> all) {
        List<E> removed = new ArrayList<>(items);
        items.clear();
        items.addAll(all);
        beginChange();
        if (!removed.isEmpty()) {
            nextRemove(0, removed);
        }
        if (!items.isEmpty()) {
            nextAdd(0, items.size());
        }
        endChange();
    }
}
