package org.socketworkbench.app;

import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.ui.sockets.SocketEntry;
import org.socketworkbench.sockets.SocketStatus;

import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Puts the socket list into the state issue 13 is about, for a look or a screenshot: a TCP
 * server with 400 loopback connections, some of them closed, a filter typed and a few rows
 * selected (or, with a second argument {@code server}, the server, for its composer). Run it under a display ({@code xvfb-run}); it prints READY, then waits. Not a test.
 */
public final class ManySocketsTour {

    private static final int CONNECTIONS = 400;

    private ManySocketsTour() {
    }

    public static void main(String[] args) throws Exception {
        String filter = args.length > 0 ? args[0] : "";
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, Files.createTempDirectory("swb-tour").toString());
        CompletableFuture<Workbench> started = new CompletableFuture<>();
        Platform.startup(() -> {
            SocketWorkbenchApp app = new SocketWorkbenchApp((owner, format, name) -> Optional.empty());
            Stage stage = new Stage();
            app.start(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setMaximized(true);
            started.complete(app.workbench());
        });
        Workbench workbench = started.get();
        SocketActions actions = workbench.commands().actions();
        Platform.runLater(() -> actions.openTcpServer("127.0.0.1", 0, 128, true));
        SocketRow server = null;
        while (server == null) {
            Thread.sleep(50);
            server = workbench.tracker().rows().stream().filter(r -> r.role() == SocketRole.TCP_SERVER
                    && r.status() == SocketStatus.LISTENING).findFirst().orElse(null);
        }
        int port = Integer.parseInt(server.local().substring(server.local().lastIndexOf(':') + 1));
        List<SocketChannel> clients = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            clients.add(SocketChannel.open(new InetSocketAddress("127.0.0.1", port)));
        }
        for (int i = 0; i < CONNECTIONS; i += 7) {
            clients.get(i).close();
        }
        Thread.sleep(1500);
        Platform.runLater(() -> {
            ((TextField) workbench.window().lookup("#socketFilter")).setText(filter);
            @SuppressWarnings("unchecked")
            TreeTableView<SocketEntry> tree = (TreeTableView<SocketEntry>) workbench.window().lookup("#socketTree");
            if (args.length > 1 && args[1].equals("server")) {
                tree.getSelectionModel().select(0);
            } else {
                tree.getSelectionModel().selectRange(1, 4);
            }
            tree.requestFocus();
        });
        Thread.sleep(1000);
        System.out.println("READY");
        Thread.sleep(Long.MAX_VALUE);
    }
}
