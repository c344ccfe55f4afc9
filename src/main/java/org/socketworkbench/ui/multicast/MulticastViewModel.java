package org.socketworkbench.ui.multicast;

import org.socketworkbench.i18n.Texts;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.socketworkbench.adapters.Adapter;
import org.socketworkbench.adapters.AdapterAddress;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.MembershipStatus;
import org.socketworkbench.multicast.MulticastWorkspace;
import org.socketworkbench.multicast.MulticastExport;
import org.socketworkbench.multicast.RosterSnapshot;
import org.socketworkbench.multicast.WorkspaceSnapshot;
import org.socketworkbench.ui.PulseDriver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * State behind the multicast view: the {@link MulticastWorkspace}'s latest snapshot, refreshed
 * at 10 Hz on the FX thread (never per packet), the adapters that can carry multicast, and the
 * user's commands. A live model: it refreshes from construction until {@link #dispose()}. FX
 * thread only.
 */
public final class MulticastViewModel {

    private static final long REFRESH_MILLIS = 100;

    private final MulticastWorkspace workspace;
    private final ObservableList<Adapter> adapters;
    private final ObservableList<String> adapterNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WorkspaceSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final PulseDriver pulses = new PulseDriver();

    /**
     * @param workspace the groups, joins and senders (its owner closes it)
     * @param adapters  the machine's adapters, kept current by their owner (e.g. the app's
     *                  adapter list); the matrix shows those that are up and multicast-capable, and {@code lo}
     */
    public MulticastViewModel(MulticastWorkspace workspace, ObservableList<Adapter> adapters) {
        this.workspace = workspace;
        this.adapters = adapters;
        adapters.addListener((ListChangeListener<Adapter>) change -> updateAdapterNames());
        updateAdapterNames();
        refresh();
        pulses.every(REFRESH_MILLIS, this::refresh);
        pulses.start();
    }

    private void updateAdapterNames() {
        List<String> names = adapters.stream().filter(a -> a.up() && (a.multicast() || a.loopback()))
                .map(Adapter::name).toList();
        if (!names.equals(adapterNames)) {
            adapterNames.setAll(names);
        }
    }

    /**
     * The addresses a sender on {@code iface} can send from for a group of that family: the
     * adapter's own, IPv6 link-local ones with the adapter as their zone (they bind only so).
     */
    public List<String> sourceAddresses(String iface, boolean ipv6) {
        return adapters.stream().filter(a -> a.name().equals(iface)).flatMap(a -> a.addresses().stream())
                .map(AdapterAddress::address)
                .filter(address -> address.contains(":") == ipv6)
                .map(address -> address.toLowerCase(java.util.Locale.ROOT).startsWith("fe80:") ? address + "%" + iface
                        : address)
                .toList();
    }

    /** Adapter names for the matrix columns and the senders' choice. */
    public ObservableList<String> adapterNames() {
        return adapterNames;
    }

    /** The latest snapshot; changes at most 10 times a second. */
    public ReadOnlyObjectProperty<WorkspaceSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** What the last command said when it could not be done; "" otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The name our probes announce. */
    public String hostName() {
        return workspace.hostName();
    }

    /** Adds the group; for sources on a group outside the SSM ranges the message line warns (it is added all the same). */
    public void addGroup(GroupSettings group) {
        run(() -> workspace.addGroup(group));
        if (message.get().isEmpty()) {
            group.rangeWarning().ifPresent(warning -> message.set(Texts.get("multicast.added.note", group.group(), warning)));
        }
    }

    /**
     * Blocks {@code source} on the cell's any-source join, or unblocks it when blocked; the
     * message line says when the OS refused.
     */
    public void toggleBlock(Channel channel, String source) {
        boolean blocked = isBlocked(channel, source);
        try {
            workspace.blockSource(channel, source, !blocked).whenComplete((done, failure) -> {
                if (failure != null) {
                    String why = failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage();
                    Platform.runLater(() -> message.set(why));
                }
            });
            message.set("");
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /** Whether the cell's join blocks that source now. */
    public boolean isBlocked(Channel channel, String source) {
        return snapshot.get().membership(channel).map(m -> m.blocks(source)).orElse(false);
    }

    /** Whether the cell is joined any-source, so a source can be blocked on it. */
    public boolean canBlock(Channel channel) {
        return snapshot.get().membership(channel)
                .map(m -> m.status() == MembershipStatus.JOINED && m.sources().isEmpty()).orElse(false);
    }

    public void removeGroup(GroupAddress group) {
        run(() -> workspace.removeGroup(group));
    }

    /** A matrix cell was clicked: leaves when joining or joined, joins otherwise (also retrying a failure). */
    public void toggle(Channel channel) {
        boolean member = snapshot.get().membership(channel).map(m -> m.status() != MembershipStatus.FAILED).orElse(false);
        run(() -> {
            if (member) {
                workspace.leave(channel);
            } else {
                workspace.join(channel);
            }
        });
    }

    /** Starts the group's probe sender from the sender row's fields, or says what is wrong with them. */
    public void startSender(GroupAddress group, SenderForm form) {
        Optional<String> problem = form.problem(group, hostName());
        if (problem.isPresent()) {
            message.set(group + ": " + problem.get());
            return;
        }
        run(() -> workspace.startSender(group, form.settings()));
    }

    public void stopSender(GroupAddress group) {
        run(() -> workspace.stopSender(group));
    }

    private void run(Runnable command) {
        try {
            command.run();
            message.set("");
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
        refresh();
    }

    /**
     * Writes the current roster or matrix to a file in the background; the message line says
     * where it went or why it could not be written.
     */
    public void export(MulticastExport what, Path target) {
        RosterSnapshot roster = snapshot.get().roster();
        Thread.ofVirtual().name("multicast-export").start(() -> {
            String outcome;
            try {
                what.write(roster, target);
                outcome = Texts.get("multicast.export.written", what.label(), target);
            } catch (IOException | RuntimeException e) {
                outcome = Texts.get("multicast.export.failed", what.label(), target, e.getMessage());
            }
            String shown = outcome;
            Platform.runLater(() -> message.set(shown));
        });
    }

    /** Advances the timelines and takes a new snapshot. Runs at 10 Hz; commands call it too. */
    public void refresh() {
        workspace.tick();
        snapshot.set(workspace.snapshot());
    }

    /** Stops refreshing (the view is gone). The workspace stays open for its owner to close. */
    public void dispose() {
        pulses.stop();
    }
}
