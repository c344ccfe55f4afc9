package org.socketworkbench.ui.adapters;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketworkbench.adapters.Adapter;
import org.socketworkbench.adapters.AdapterScanner;
import org.socketworkbench.i18n.Texts;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * State behind the adapter list: the machine's interfaces and a one-line status. Scans run on a
 * virtual thread; results reach the FX thread through the given executor.
 */
public final class AdapterListModel {

    private final ObservableList<Adapter> adapters = FXCollections.observableArrayList();
    private final ObservableList<Adapter> readOnlyAdapters = FXCollections.unmodifiableObservableList(adapters);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final AdapterScanner scanner;
    private final Executor fxExecutor;

    public AdapterListModel(AdapterScanner scanner, Executor fxExecutor) {
        this.scanner = scanner;
        this.fxExecutor = fxExecutor;
    }

    /** The interfaces of the last successful scan, sorted by index. FX thread only. */
    public ObservableList<Adapter> adapters() {
        return readOnlyAdapters;
    }

    /** What the last scan said, e.g. "3 adapters" or why enumeration failed, in the language of that moment. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Scans the interfaces again in the background; the list changes only when the interfaces
     * did, so calling this every few seconds keeps it current without flicker.
     */
    public void refresh() {
        Thread.ofVirtual().name("adapter-scan").start(this::scan);
    }

    private void scan() {
        try {
            List<Adapter> found = scanner.scan();
            fxExecutor.execute(() -> {
                if (!found.equals(adapters)) {
                    adapters.setAll(found);
                }
                status.set(Texts.get(found.size() == 1 ? "adapters.status.one" : "adapters.status.many", found.size()));
            });
        } catch (Exception e) {
            fxExecutor.execute(() -> status.set(Texts.get("adapters.status.failed", String.valueOf(e.getMessage()))));
        }
    }
}
