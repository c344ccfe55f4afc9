package org.socketworkbench.app;

import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.multicast.LocalHostName;
import javafx.stage.Stage;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.MulticastWorkspace;
import org.socketworkbench.multicast.ProbeRate;
import org.socketworkbench.multicast.SenderSettings;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.replies.Framing;
import org.socketworkbench.replies.MatchOn;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyRule;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.sockets.UdpSetup;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.ui.replies.ReplyRulesModel;
import org.socketworkbench.ui.replies.RuleRowModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Puts the real window into a state worth a README screenshot: a TCP server with an accepted
 * connection, its client, a UDP pair and some traffic, all on loopback. Run it under a display
 * ({@code xvfb-run}), take the screenshot when it prints READY, then kill it. Not a test.
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, Files.createTempDirectory("swb-tour").toString());
        CompletableFuture<Workbench> started = new CompletableFuture<>();
        Platform.startup(() -> {
            SocketWorkbenchApp app = new SocketWorkbenchApp((owner, format, name) -> Optional.empty());
            Stage stage = new Stage();
            app.start(stage);
            stage.setX(0);
            stage.setY(0);
            started.complete(app.workbench());
        });
        Workbench workbench = started.get();
        SocketActions actions = workbench.commands().actions();
        Platform.runLater(() -> {
            actions.openTcpServer("127.0.0.1", 0, 5, true);
            actions.openUdp(new UdpSetup("127.0.0.1", 0, 1, true, null));
            actions.openUdp(new UdpSetup("127.0.0.1", 0, 1, true, null));
        });
        SocketRow server = await(workbench, r -> r.role() == SocketRole.TCP_SERVER && !r.local().isEmpty());
        Platform.runLater(() -> actions.openTcpClient("127.0.0.1", port(server)));
        SocketRow client = await(workbench, r -> r.role() == SocketRole.TCP_CLIENT && r.peer().length() > 0);
        SocketRow accepted = await(workbench, r -> r.role() == SocketRole.TCP_ACCEPTED);
        var udp = workbench.tracker().rows().stream().filter(r -> r.role() == SocketRole.UDP).toList();
        String[] lines = {"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "HELO workbench.local\r\n", "PING 42\n"};
        for (String line : lines) {
            actions.write(client.id(), line.getBytes(StandardCharsets.US_ASCII), written -> { });
            actions.write(accepted.id(), ("200 OK " + line.strip()).getBytes(StandardCharsets.US_ASCII), written -> { });
            actions.sendTo(udp.get(0).id(), new byte[] {0x53, 0x57, 0x01, 0x02, (byte) 0xff, 0x00, 0x7f}, "127.0.0.1",
                    port(udp.get(1)), written -> { });
            Thread.sleep(300);
        }
        Thread.sleep(500);
        Platform.runLater(() -> {
            workbench.selectSocket(client.id());
            var rows = workbench.traffic().rows();
            rows.stream().filter(p -> p.socketId() == client.id()).findFirst()
                    .ifPresent(p -> workbench.traffic().selectedProperty().set(p));
        });
        Thread.sleep(1500);
        if (args.length > 0 && args[0].equals("replies")) {
            showReplies(workbench, server, client);
        } else if (args.length > 0) {
            showTab(workbench, args[0]);
        }
        workbench.tracker().rows().forEach(System.out::println);
        System.out.println(workbench.capture().stats().describe());
        System.out.println("READY");
    }

    /** The server answers with a few rules (one with a problem being edited), and the client asks it things. */
    private static void showReplies(Workbench workbench, SocketRow server, SocketRow client) throws InterruptedException {
        ReplyRulesModel model = workbench.replies();
        Platform.runLater(() -> {
            workbench.selectSocket(server.id());
            model.load(RuleSet.rules(Framing.delimiter("\\r\\n"), List.of(
                    ReplyRule.of(MatchType.EXACT, "PING", "PONG {{COUNTER}}\\r\\n"),
                    new ReplyRule(true, "", MatchType.REGEX, MatchOn.TEXT, "^GET (?<path>/\\S*)", "200 ${path} {{TIME}}\\r\\n",
                            PayloadFormat.ESCAPED, 0, true),
                    new ReplyRule(true, "", MatchType.REGEX, MatchOn.HEX, "^01 03 (.. ..) (.. ..)",
                            "01 03 04 $2 $1 {{CRC16_MODBUS}}", PayloadFormat.HEX, 0, true),
                    new ReplyRule(false, "", MatchType.CONTAINS, MatchOn.TEXT, "quit", "bye\\r\\n", PayloadFormat.ESCAPED, 250, true))));
            model.answeringProperty().set(true);
            workbench.window().restoreDividerPositions(List.of(0.5, 0.26, 0.94));
            workbench.window().lookupAll(".tab-pane").forEach(node -> ((TabPane) node).getTabs().stream()
                    .filter(tab -> "repliesTab".equals(tab.getId())).findFirst()
                    .ifPresent(tab -> ((TabPane) node).getSelectionModel().select(tab)));
        });
        Thread.sleep(500);
        for (String line : new String[] {"PING\r\n", "GET /status\r\n", "PING\r\n", "HELLO\r\n"}) {
            workbench.commands().actions().write(client.id(), line.getBytes(StandardCharsets.US_ASCII), written -> { });
            Thread.sleep(200);
        }
        Platform.runLater(() -> {
            RuleRowModel second = model.rules().get(1);
            second.patternProperty().set("^GET (?<path>/\\S*");
            workbench.window().lookupAll("#repliesTable").forEach(node -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.TableView<RuleRowModel> table = (javafx.scene.control.TableView<RuleRowModel>) node;
                table.getSelectionModel().select(second);
            });
        });
        Thread.sleep(1500);
    }

    /**
     * Brings a view to the front; the multicast view gets a group joined on lo with a probe
     * running. "multicast-group" adds a second host (its own engine, in this process) on the same
     * group and shows the whole group's heat map with one pair selected.
     */
    private static void showTab(Workbench workbench, String view) throws InterruptedException {
        if (view.equals("multicast-group")) {
            GroupAddress group = GroupAddress.parse("239.255.12.34:45678");
            SocketEngine peerEngine = SocketEngine.builder().build();
            MulticastWorkspace peer = new MulticastWorkspace(peerEngine, "lab-peer");
            peer.addGroup(new GroupSettings(group, 0, true));
            peer.join(new Channel(group, "lo"));
            peer.startSender(group, new SenderSettings("lo", new ProbeRate(100_000), 120, 0));
            showTab(workbench, "multicast");
            Platform.runLater(() -> {
                workbench.window().lookupAll("#multicastTabs").forEach(node -> ((TabPane) node).getSelectionModel().select(1));
                workbench.window().lookupAll("#heat-lab-peer-" + LocalHostName.get()).forEach(node -> node.fireEvent(
                        new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1, false, false, false,
                                false, true, false, false, false, false, false, null)));
            });
            Thread.sleep(3000);
            return;
        }
        if (view.equals("multicast")) {
            GroupAddress group = GroupAddress.parse("239.255.12.34:45678");
            MulticastWorkspace multicast = workbench.multicast();
            multicast.addGroup(new GroupSettings(group, 0, true));
            multicast.join(new Channel(group, "lo"));
            Thread.sleep(500);
            multicast.startSender(group, new SenderSettings("lo", new ProbeRate(200_000), 120, 0));
        }
        Platform.runLater(() -> workbench.window().lookupAll("#views").forEach(node -> {
            TabPane tabs = (TabPane) node;
            tabs.getTabs().stream().filter(tab -> (view + "Tab").equals(tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        }));
        Thread.sleep(4000);
    }

    private static SocketRow await(Workbench workbench, Predicate<SocketRow> wanted) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Optional<SocketRow> row = workbench.tracker().rows().stream().filter(wanted).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("socket did not appear");
    }

    private static int port(SocketRow row) {
        return Integer.parseInt(row.local().substring(row.local().lastIndexOf(':') + 1));
    }
}
