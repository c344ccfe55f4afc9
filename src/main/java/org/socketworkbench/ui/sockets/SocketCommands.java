package org.socketworkbench.ui.sockets;

import javafx.stage.Window;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.UdpSetup;
import org.socketworkbench.ui.adapters.AdapterListPane;
import org.socketworkbench.ui.forms.FormDialog;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The socket operations behind the toolbar and context menu: each asks for its parameters in a
 * small validated form, then calls {@link SocketActions}. Results come back as outcomes
 * (notifications and the socket's row), not here.
 */
public final class SocketCommands implements AdapterListPane.AdapterCommands {

    /**
     * The listen form's backlog. chrome.socket's default (5, which the engine keeps) is too small
     * for a client that opens many connections at once: once the queue is full the kernel drops
     * SYNs and the client retries after 1 s, 3 s, ..., so about 6 get through per second.
     */
    static final int DEFAULT_BACKLOG = 128;
    static final String BACKLOG_HELP = "Backlog: connections the system queues until they are accepted. chrome.socket's"
            + " default is 5; with 5, a client opening many connections at once gets about 6 accepted per second,"
            + " because connection attempts beyond the queue are dropped and retried only after a second or more.";

    private static final List<String> TLS_VERSIONS = List.of("default", "tls1", "tls1.1", "tls1.2", "tls1.3");

    private final SocketActions actions;
    private final Supplier<Window> owner;
    private final RecentTargets recent;

    public SocketCommands(SocketActions actions, Supplier<Window> owner, RecentTargets recent) {
        this.actions = actions;
        this.owner = owner;
        this.recent = recent;
    }

    public SocketActions actions() {
        return actions;
    }

    // ---------------------------------------------------------------- new sockets

    public void newTcpClient() {
        FormDialog.titled("New TCP client", "Create a TCP socket and connect it")
                .text("host", "Host", recent.host(), "Host name or IP address to connect to", InputCheck::host)
                .text("port", "Port", recent.port(), "0 to 65535", InputCheck::port)
                .show(owner.get())
                .ifPresent(v -> {
                    recent.remember(v.text("host"), v.text("port"));
                    actions.openTcpClient(v.text("host"), v.integer("port"));
                });
    }

    public void newTcpServer() {
        serverForm("New TCP server", "127.0.0.1", "0").show(owner.get())
                .ifPresent(v -> actions.openTcpServer(v.text("address"), v.integer("port"), v.integer("backlog"),
                        v.flag("autoAccept")));
    }

    /** A TCP server on a given local address (from the adapter list). */
    @Override
    public void listenOn(String address) {
        serverForm("Listen on " + address, address, "0").show(owner.get())
                .ifPresent(v -> actions.openTcpServer(v.text("address"), v.integer("port"), v.integer("backlog"),
                        v.flag("autoAccept")));
    }

    static FormDialog serverForm(String title, String address, String port) {
        return FormDialog.titled(title, "Create a TCP socket and listen")
                .text("address", "Address", address, "Local IP address: 0.0.0.0 or :: for all adapters",
                        InputCheck::ipLiteral)
                .text("port", "Port", port, "0 picks a free port", InputCheck::port)
                .text("backlog", "Backlog", Integer.toString(DEFAULT_BACKLOG),
                        "Queued connections, 1 to 65535 (chrome.socket's default is 5)",
                        text -> InputCheck.positive(text, "Backlog", 65535))
                .note("backlogHelp", BACKLOG_HELP)
                .flag("autoAccept", "Accept connections automatically", true,
                        "Off: accept each connection yourself from the context menu");
    }

    public void newUdpSocket() {
        udpForm("New UDP socket", "0.0.0.0", null);
    }

    /** A UDP socket bound on an adapter's address, multicast set to that adapter. */
    @Override
    public void udpSocketOn(String address, String adapter) {
        udpForm("UDP socket on " + adapter, address, adapter);
    }

    /** A UDP socket on all addresses that joins a group on this adapter (and sends multicast through it). */
    @Override
    public void joinGroupOn(String adapter, boolean ipv6) {
        FormDialog.titled("Join a group on " + adapter, "Create a UDP socket, bind it and join the group on " + adapter)
                .text("group", "Group", ipv6 ? "ff02::1234" : "239.1.2.3", "IPv4 224.0.0.0/4 or IPv6 ff00::/8",
                        InputCheck::multicastGroup)
                .text("port", "Port", "5000", "The group's port", InputCheck::port)
                .text("ttl", "Multicast TTL", "1", "0 keeps multicast on this host", InputCheck::ttl)
                .flag("loopback", "Multicast loopback", true, "Receive our own multicast datagrams")
                .show(owner.get())
                .ifPresent(v -> actions.openUdp(new UdpSetup(ipv6 ? "::" : "0.0.0.0", v.integer("port"),
                        v.integer("ttl"), v.flag("loopback"), adapter), v.text("group")));
    }

    private void udpForm(String title, String address, String adapter) {
        FormDialog.titled(title, "Create a UDP socket and bind it")
                .text("address", "Address", address, "Local IP address: 0.0.0.0 or :: for all adapters",
                        InputCheck::ipLiteral)
                .text("port", "Port", "0", "0 picks a free port", InputCheck::port)
                .text("ttl", "Multicast TTL", "1", "0 keeps multicast on this host; 1 is Chrome's default",
                        InputCheck::ttl)
                .flag("loopback", "Multicast loopback", true, "Receive our own multicast datagrams")
                .show(owner.get())
                .ifPresent(v -> actions.openUdp(new UdpSetup(v.text("address"), v.integer("port"), v.integer("ttl"),
                        v.flag("loopback"), adapter)));
    }

    // ---------------------------------------------------------------- on a socket

    public void connect(SocketRow row) {
        FormDialog.titled("Connect socket " + row.id(), "Connect to a peer")
                .text("host", "Host", recent.host(), "Host name or IP address", InputCheck::host)
                .text("port", "Port", recent.port(), "0 to 65535", InputCheck::port)
                .show(owner.get())
                .ifPresent(v -> {
                    recent.remember(v.text("host"), v.text("port"));
                    actions.connect(row.id(), v.text("host"), v.integer("port"));
                });
    }

    public void bind(SocketRow row) {
        FormDialog.titled("Bind socket " + row.id(), "Bind to a local address")
                .text("address", "Address", "0.0.0.0", "Local IP address", InputCheck::ipLiteral)
                .text("port", "Port", "0", "0 picks a free port", InputCheck::port)
                .show(owner.get())
                .ifPresent(v -> actions.bind(row.id(), v.text("address"), v.integer("port")));
    }

    public void listen(SocketRow row) {
        serverForm("Listen on socket " + row.id(), "127.0.0.1", "0").show(owner.get())
                .ifPresent(v -> actions.listen(row.id(), v.text("address"), v.integer("port"), v.integer("backlog"),
                        v.flag("autoAccept")));
    }

    public void secure(SocketRow row) {
        FormDialog.titled("Secure socket " + row.id(), "Upgrade the connection to TLS")
                .choice("min", "Lowest TLS version", TLS_VERSIONS, "default", "The oldest version to offer")
                .choice("max", "Highest TLS version", TLS_VERSIONS, "default", "The newest version to offer")
                .show(owner.get())
                .ifPresent(v -> actions.secure(row.id(), tlsVersion(v.choice("min")), tlsVersion(v.choice("max"))));
    }

    private static String tlsVersion(String choice) {
        return choice == null || "default".equals(choice) ? null : choice;
    }

    public void keepAlive(SocketRow row) {
        FormDialog.titled("Keep-alive on socket " + row.id(), "TCP keep-alive probes")
                .flag("enable", "Enable keep-alive", true, "Send keep-alive probes on an idle connection")
                .text("delay", "Delay (s)", "60", "Idle seconds before the first probe; 0 uses the OS default",
                        text -> InputCheck.nonNegative(text, "Delay", 32767))
                .show(owner.get())
                .ifPresent(v -> actions.setKeepAlive(row.id(), v.flag("enable"), v.integer("delay")));
    }

    public void joinGroup(SocketRow row) {
        groupForm("Join a multicast group", "239.1.2.3").ifPresent(group -> actions.joinGroup(row.id(), group));
    }

    public void leaveGroup(SocketRow row) {
        String suggestion = row.groups().isEmpty() ? "" : row.groups().getFirst();
        groupForm("Leave a multicast group", suggestion).ifPresent(group -> actions.leaveGroup(row.id(), group));
    }

    private Optional<String> groupForm(String header, String group) {
        return FormDialog.titled("Multicast group", header)
                .text("group", "Group", group, "IPv4 224.0.0.0/4 or IPv6 ff00::/8", InputCheck::multicastGroup)
                .show(owner.get())
                .map(v -> v.text("group"));
    }

    public void timeToLive(SocketRow row) {
        FormDialog.titled("Multicast TTL of socket " + row.id(), "Only before bind or connect")
                .text("ttl", "TTL", "1", "0 to 255", InputCheck::ttl)
                .show(owner.get())
                .ifPresent(v -> actions.setMulticastTimeToLive(row.id(), v.integer("ttl")));
    }
}
