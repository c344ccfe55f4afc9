package org.socketworkbench.ui.multicast;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.socketworkbench.adapters.AdapterScanner;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.MembershipStatus;
import org.socketworkbench.multicast.MulticastWorkspace;
import org.socketworkbench.ui.adapters.AdapterListModel;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The Multicast view itself (pane and view model on a headless Monocle stage), for a test to run
 * in a child JVM inside a network namespace: adds a group, clicks its cell for the adapter,
 * starts the sender row from that adapter, and after a few seconds prints what the roster table
 * and the whole-group heat map show:
 *
 * <pre>
 * CELL joined (socket 3)
 * ROW v6gui fe80::…%va 300 0
 * HEAT v6gui v6gui 0.00%…
 * </pre>
 *
 * Arguments: {@code GROUP:PORT IFACE NAME SECONDS}. Exit code 2 when the cell did not join.
 */
public final class MulticastViewInNamespace {

    private MulticastViewInNamespace() {
    }

    public static void main(String[] args) throws Exception {
        GroupAddress group = GroupAddress.parse(args[0]);
        String iface = args[1];
        String name = args[2];
        long seconds = Long.parseLong(args[3]);
        Channel channel = new Channel(group, iface);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        SocketEngine engine = SocketEngine.builder().build();
        MulticastWorkspace workspace = new MulticastWorkspace(engine, name);
        MulticastViewModel model = fx(() -> {
            AdapterListModel adapters = new AdapterListModel(new AdapterScanner(), Platform::runLater);
            adapters.refresh();
            MulticastViewModel m = new MulticastViewModel(workspace, adapters.adapters());
            Stage stage = new Stage();
            stage.setScene(new Scene(new MulticastPane(m), 1400, 900));
            stage.show();
            return m;
        });
        await(() -> model.adapterNames().contains(iface));
        fx(() -> {
            model.addGroup(new GroupSettings(group, 1, true));
            model.toggle(channel);
            return null;
        });
        await(() -> model.snapshotProperty().get().membership(channel).map(m -> m.status() != MembershipStatus.JOINING)
                .orElse(false));
        String cell = fx(() -> model.snapshotProperty().get().membership(channel).orElseThrow().label());
        System.out.println("CELL " + cell);
        if (!cell.startsWith("joined")) {
            System.exit(2);
        }
        fx(() -> {
            Node pane = Stage.getWindows().getFirst().getScene().getRoot();
            @SuppressWarnings("unchecked")
            ComboBox<String> from = (ComboBox<String>) pane.lookup("#senderIface-0");
            from.setValue(iface);
            ((TextField) pane.lookup("#senderTtl-0")).setText("1");
            ((TextField) pane.lookup("#senderRate-0")).setText("100");
            ((Button) pane.lookup("#senderStart-0")).fire();
            return null;
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        String shown = fx(() -> {
            Node pane = Stage.getWindows().getFirst().getScene().getRoot();
            StringBuilder out = new StringBuilder();
            @SuppressWarnings("unchecked")
            TableView<RosterRow> roster = (TableView<RosterRow>) pane.lookup("#rosterTable");
            for (RosterRow row : roster.getItems()) {
                var sender = row.figures().sender();
                out.append("ROW ").append(sender.hostName()).append(' ').append(sender.sourceAddress()).append(' ')
                        .append(sender.counts().packets()).append(' ').append(sender.counts().lost()).append('\n');
            }
            for (Node node : pane.lookupAll("Label")) {
                if (node.getId() != null && node.getId().startsWith("heat-")) {
                    out.append("HEAT ").append(node.getId()).append(' ').append(((Label) node).getText()
                            .replace('\n', ' ')).append('\n');
                }
            }
            model.dispose();
            return out.toString();
        });
        System.out.print(shown);
        workspace.close();
        engine.close();
        System.exit(0);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }
}
