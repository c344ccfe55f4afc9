package org.socketworkbench.ui;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a long, bounded view (the traffic table, the console's output): an observable list
 * that only its view model changes, and whose changes are whole ranges. JavaFX's own list removes a range one element at a time (each
 * shifting the rest), which turned dropping the oldest 600,000 rows into a 13-second freeze;
 * here dropping from the front is one array copy and one change event.
 */
public final class ViewRows<E> extends ObservableListBase<E> {

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
    public void dropFirst(int count) {
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
    public void append(List<? extends E> more) {
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
    public void replaceAll(List<? extends E> all) {
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
