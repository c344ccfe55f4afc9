package org.socketworkbench.ui.sockets;

import javafx.stage.Window;
import org.socketworkbench.certificates.CertificateProbe;
import org.socketworkbench.certificates.CertificateProblem;
import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.certificates.ServerTlsRequest;
import org.socketworkbench.certificates.TrustedCertificate;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.adapters.WakeOnLan;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.UdpSetup;
import org.socketworkbench.ui.adapters.AdapterListPane;
import org.socketworkbench.ui.forms.FormDialog;
import org.socketworkbench.ui.forms.FormValues;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
    private static final String TLS_OFF = "off";
    private static final List<String> TLS_SOURCES = List.of(TLS_OFF, ServerTlsRequest.Source.SELF_SIGNED.label(),
            ServerTlsRequest.Source.PEM.label(), ServerTlsRequest.Source.PKCS12.label());
    private static final List<String> CLIENT_AUTH = List.of("none", "want", "need");
    private static final String TLS_PROBLEM = "The TLS server was not started";
    /** secure() failures a certificate decision can fix (contract §5.21): authority, name, date. */
    private static final Set<Integer> CERTIFICATE_ERRORS = Set.of(NetError.CERT_AUTHORITY_INVALID.code(),
            NetError.CERT_COMMON_NAME_INVALID.code(), NetError.CERT_DATE_INVALID.code());

    /** Reading certificate files, generating keys and probing servers: never on the UI thread. */
    private static final Executor BACKGROUND = task -> Thread.ofVirtual().name("certificates").start(task);

    private final SocketActions actions;
    private final Supplier<Window> owner;
    private final RecentTargets recent;
    private final SelfSignedCertificates selfSigned;
    private final Executor uiExecutor;

    public SocketCommands(SocketActions actions, Supplier<Window> owner, RecentTargets recent) {
        this(actions, owner, recent, null, Runnable::run);
    }

    /**
     * @param selfSigned where self-signed server certificates are kept (the config directory), or
     *                   null when the form offers none
     * @param uiExecutor where the results of background work (certificates) come back
     */
    public SocketCommands(SocketActions actions, Supplier<Window> owner, RecentTargets recent,
                          SelfSignedCertificates selfSigned, Executor uiExecutor) {
        this.actions = actions;
        this.owner = owner;
        this.recent = recent;
        this.selfSigned = selfSigned;
        this.uiExecutor = uiExecutor;
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
        serverForm("New TCP server", "127.0.0.1", "0").show(owner.get()).ifPresent(v -> startServer(v, null));
    }

    /** A TCP server on a given local address (from the adapter list). */
    @Override
    public void listenOn(String address) {
        serverForm("Listen on " + address, address, "0").show(owner.get()).ifPresent(v -> startServer(v, null));
    }

    private FormDialog serverForm(String title, String address, String port) {
        FormDialog form = FormDialog.titled(title, "Create a TCP socket and listen")
                .text("address", "Address", address, "Local IP address: 0.0.0.0 or :: for all adapters",
                        InputCheck::ipLiteral)
                .text("port", "Port", port, "0 picks a free port", InputCheck::port)
                .text("backlog", "Backlog", Integer.toString(DEFAULT_BACKLOG),
                        "Queued connections, 1 to 65535 (chrome.socket's default is 5)",
                        text -> InputCheck.positive(text, "Backlog", 65535))
                .note("backlogHelp", BACKLOG_HELP)
                .flag("autoAccept", "Accept connections automatically", true,
                        "Off: accept each connection yourself from the context menu");
        if (selfSigned == null) {
            return form;
        }
        return form.choice("tls", "TLS", TLS_SOURCES, TLS_OFF,
                        "Accepted connections are TLS, with this certificate")
                .text("names", "Self-signed for", "localhost", "Host names and IP addresses, separated by commas",
                        text -> Optional.empty())
                .text("certificate", "Certificate file", "", "PEM chain (leaf first) or PKCS#12 file",
                        text -> Optional.empty())
                .text("key", "Key file (PEM)", "", "Empty: the key is in the certificate file", text -> Optional.empty())
                .text("password", "PKCS#12 password", "", "The PKCS#12 file's password", text -> Optional.empty())
                .choice("clientAuth", "Client certificate", CLIENT_AUTH, "none",
                        "want: asked for, may be missing; need: required")
                .text("ca", "Client CA file (PEM)", "", "CAs a client certificate must chain to", text -> Optional.empty());
    }

    /**
     * Opens the server (or listens on {@code existing}); with TLS, the certificate is read and
     * checked on a background thread first, and a problem is shown before any socket is made.
     */
    private void startServer(FormValues v, Integer existing) {
        String tls = v.choice("tls");
        if (tls == null || TLS_OFF.equals(tls)) {
            if (existing == null) {
                actions.openTcpServer(v.text("address"), v.integer("port"), v.integer("backlog"), v.flag("autoAccept"));
            } else {
                actions.listen(existing, v.text("address"), v.integer("port"), v.integer("backlog"), v.flag("autoAccept"));
            }
            return;
        }
        ServerTlsRequest request = new ServerTlsRequest(ServerTlsRequest.Source.ofLabel(tls),
                List.of(v.text("names").split(",")), path(v.text("certificate")), path(v.text("key")),
                v.text("password").toCharArray(), TlsServerOptions.ClientAuth.valueOf(v.choice("clientAuth")
                .toUpperCase(java.util.Locale.ROOT)), path(v.text("ca")));
        CompletableFuture.supplyAsync(() -> {
            try {
                return request.load(selfSigned);
            } catch (CertificateProblem e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, BACKGROUND).whenComplete((loaded, error) -> uiExecutor.execute(() -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                CertificateDialogs.showProblem(owner.get(), TLS_PROBLEM, cause.getMessage());
                return;
            }
            if (existing == null) {
                actions.openServer(new SocketActions.ServerSetup(v.text("address"), v.integer("port"),
                        v.integer("backlog"), v.flag("autoAccept"), request), loaded.options(), outcome -> { });
            } else {
                actions.listenTls(existing, v.text("address"), v.integer("port"), v.integer("backlog"),
                        v.flag("autoAccept"), loaded.options());
            }
            CertificateDialogs.showServerCertificate(owner.get(), loaded.identity().leafInfo(), loaded.identity().source());
        }));
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    /** The certificates trusted per endpoint, removable. */
    public void trustedCertificates() {
        CertificateDialogs.manage(owner.get(), actions.trusted());
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

    /** One datagram to a broadcast address, from a new UDP socket with broadcast on. */
    @Override
    public void sendBroadcast(String broadcastAddress) {
        FormDialog.titled("Send to " + broadcastAddress, "A UDP socket with broadcast on sends one datagram")
                .text("address", "Broadcast address", broadcastAddress, "Where the datagram goes", InputCheck::ipLiteral)
                .text("port", "Port", "9", "1 to 65535", text -> InputCheck.positive(text, "Port", 65535))
                .text("payload", "Text", "hello", "Sent as UTF-8", text -> Optional.empty())
                .show(owner.get())
                .ifPresent(v -> actions.sendOnce(new UdpSetup("0.0.0.0", 0, 1, true, null, true), v.text("address"),
                        v.integer("port"), v.text("payload").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Wake-on-LAN: the magic packet for a MAC address, broadcast to port 9. */
    @Override
    public void wakeOnLan(String broadcastAddress) {
        FormDialog.titled("Wake-on-LAN", "Send a magic packet to wake a machine on this network")
                .text("mac", "MAC address", "", "The sleeping machine's MAC, e.g. aa:bb:cc:dd:ee:ff",
                        text -> WakeOnLan.parseMac(text).isPresent() ? Optional.empty()
                                : Optional.of(WakeOnLan.BAD_MAC.formatted(text)))
                .text("address", "Broadcast address", broadcastAddress, "Where the packet goes", InputCheck::ipLiteral)
                .text("port", "Port", String.valueOf(WakeOnLan.PORT), "9 (discard) by custom; some use 7",
                        text -> InputCheck.positive(text, "Port", 65535))
                .show(owner.get())
                .ifPresent(v -> actions.sendOnce(new UdpSetup("0.0.0.0", 0, 1, true, null, true), v.text("address"),
                        v.integer("port"), WakeOnLan.magicPacket(v.text("mac"))));
    }

    private void udpForm(String title, String address, String adapter) {
        FormDialog.titled(title, "Create a UDP socket and bind it")
                .text("address", "Address", address, "Local IP address: 0.0.0.0 or :: for all adapters",
                        InputCheck::ipLiteral)
                .text("port", "Port", "0", "0 picks a free port", InputCheck::port)
                .text("ttl", "Multicast TTL", "1", "0 keeps multicast on this host; 1 is Chrome's default",
                        InputCheck::ttl)
                .flag("loopback", "Multicast loopback", true, "Receive our own multicast datagrams")
                .flag("broadcast", "Broadcast", false, "Allow sending to broadcast addresses (SO_BROADCAST); "
                        + "off as in Chrome")
                .show(owner.get())
                .ifPresent(v -> actions.openUdp(new UdpSetup(v.text("address"), v.integer("port"), v.integer("ttl"),
                        v.flag("loopback"), adapter, v.flag("broadcast"))));
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
                .ifPresent(v -> startServer(v, row.id()));
    }

    public void secure(SocketRow row) {
        FormDialog.titled("Secure socket " + row.id(), "Upgrade the connection to TLS")
                .choice("min", "Lowest TLS version", TLS_VERSIONS, "default", "The oldest version to offer")
                .choice("max", "Highest TLS version", TLS_VERSIONS, "default", "The newest version to offer")
                .text("alpn", "ALPN protocols", "", "Offered by ALPN, comma-separated (h2, http/1.1); empty: none",
                        text -> Optional.empty())
                .text("sni", "Server name (SNI)", "", "Sent as SNI and checked against the certificate; "
                        + "empty: the host given to connect", text -> Optional.empty())
                .show(owner.get())
                .ifPresent(v -> actions.secure(row.id(), tlsVersion(v.choice("min")), tlsVersion(v.choice("max")),
                        commaList(v.text("alpn")), v.text("sni").isBlank() ? null : v.text("sni").strip(),
                        code -> offerTrust(row.id(), code)));
    }

    private static List<String> commaList(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * After a secure() that failed on the certificate: fetch the certificate the server shows (in
     * the background), show it, and on the user's word trust it for that endpoint only.
     */
    private void offerTrust(int id, int code) {
        if (!CERTIFICATE_ERRORS.contains(code)) {
            return;
        }
        actions.endpointOf(id).ifPresent(endpoint -> CompletableFuture.supplyAsync(() -> {
            try {
                return CertificateProbe.fetch(endpoint.host(), endpoint.port());
            } catch (java.io.IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, BACKGROUND).whenComplete((chain, error) -> uiExecutor.execute(() -> {
            String where = endpoint.text();
            if (error != null) {
                CertificateDialogs.showProblem(owner.get(), CertificateDialogs.TRUST_TITLE,
                        (error.getCause() != null ? error.getCause() : error).getMessage());
                return;
            }
            if (CertificateDialogs.offerTrust(owner.get(), where, code, chain)) {
                actions.trusted().trust(new TrustedCertificate(endpoint.host(), endpoint.port(),
                        chain.getFirst().sha256(), chain.getFirst().subject()));
                CertificateDialogs.showTrusted(owner.get(), where);
            }
        })));
    }

    /** SO_BROADCAST on or off for a UDP socket. */
    public void broadcast(SocketRow row, boolean enabled) {
        actions.setBroadcast(row.id(), enabled);
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
