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
import org.socketworkbench.i18n.Texts;
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

    /** chrome.socket's names of the TLS versions, as secure() takes them; the first choice is the default. */
    private static final List<String> TLS_VERSIONS = List.of("tls1", "tls1.1", "tls1.2", "tls1.3");
    private static final List<String> CLIENT_AUTH = List.of("none", "want", "need");
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
        FormDialog.titled(t("sockets.form.tcpClient.title"), t("sockets.form.tcpClient.header"))
                .text("host", t("sockets.form.host"), recent.host(), t("sockets.form.host.connectHelp"), InputCheck::host)
                .text("port", t("sockets.form.port"), recent.port(), t("sockets.form.port.anyHelp"), InputCheck::port)
                .show(owner.get())
                .ifPresent(v -> {
                    recent.remember(v.text("host"), v.text("port"));
                    actions.openTcpClient(v.text("host"), v.integer("port"));
                });
    }

    public void newTcpServer() {
        serverForm(t("sockets.form.tcpServer.title"), "127.0.0.1", "0").show(owner.get()).ifPresent(v -> startServer(v, null));
    }

    /** A TCP server on a given local address (from the adapter list). */
    @Override
    public void listenOn(String address) {
        serverForm(t("sockets.form.listenOn.title", address), address, "0").show(owner.get()).ifPresent(v -> startServer(v, null));
    }

    private FormDialog serverForm(String title, String address, String port) {
        FormDialog form = FormDialog.titled(title, t("sockets.form.tcpServer.header"))
                .text("address", t("sockets.form.address"), address, t("sockets.form.address.allHelp"),
                        InputCheck::ipLiteral)
                .text("port", t("sockets.form.port"), port, t("sockets.form.port.freeHelp"), InputCheck::port)
                .text("backlog", t("sockets.form.backlog"), Integer.toString(DEFAULT_BACKLOG),
                        t("sockets.form.backlog.tooltip"),
                        text -> InputCheck.positive(text, t("sockets.form.backlog"), 65535))
                .note("backlogHelp", t("sockets.form.backlog.help"))
                .flag("autoAccept", t("sockets.form.autoAccept"), true, t("sockets.form.autoAccept.help"));
        if (selfSigned == null) {
            return form;
        }
        return form.choice("tls", "TLS", tlsSources(), t("sockets.form.tls.off"), t("sockets.form.tls.help"))
                .text("names", t("sockets.form.names"), "localhost", t("sockets.form.names.help"),
                        text -> Optional.empty())
                .text("certificate", t("sockets.form.certificate"), "", t("sockets.form.certificate.help"),
                        text -> Optional.empty())
                .text("key", t("sockets.form.key"), "", t("sockets.form.key.help"), text -> Optional.empty())
                .text("password", t("sockets.form.password"), "", t("sockets.form.password.help"),
                        text -> Optional.empty())
                .choice("clientAuth", t("sockets.form.clientAuth"), CLIENT_AUTH, "none",
                        t("sockets.form.clientAuth.help"))
                .text("ca", t("sockets.form.ca"), "", t("sockets.form.ca.help"), text -> Optional.empty());
    }

    /** "off" and the certificate sources in the current language ({@link #source} reads a choice back). */
    private static List<String> tlsSources() {
        List<String> choices = new java.util.ArrayList<>(List.of(t("sockets.form.tls.off")));
        for (ServerTlsRequest.Source source : ServerTlsRequest.Source.values()) {
            choices.add(source.text());
        }
        return choices;
    }

    /** The source a choice names: its text in the current language, or its label (the identity). */
    private static ServerTlsRequest.Source source(String choice) {
        for (ServerTlsRequest.Source source : ServerTlsRequest.Source.values()) {
            if (source.text().equals(choice)) {
                return source;
            }
        }
        return ServerTlsRequest.Source.ofLabel(choice);
    }

    /**
     * Opens the server (or listens on {@code existing}); with TLS, the certificate is read and
     * checked on a background thread first, and a problem is shown before any socket is made.
     */
    private void startServer(FormValues v, Integer existing) {
        String tls = v.choice("tls");
        if (tls == null || t("sockets.form.tls.off").equals(tls)) {
            if (existing == null) {
                actions.openTcpServer(v.text("address"), v.integer("port"), v.integer("backlog"), v.flag("autoAccept"));
            } else {
                actions.listen(existing, v.text("address"), v.integer("port"), v.integer("backlog"), v.flag("autoAccept"));
            }
            return;
        }
        ServerTlsRequest request = new ServerTlsRequest(source(tls),
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
                CertificateDialogs.showProblem(owner.get(), t("sockets.tls.problem"), cause.getMessage());
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
        udpForm(t("sockets.form.udp.title"), "0.0.0.0", null);
    }

    /** A UDP socket bound on an adapter's address, multicast set to that adapter. */
    @Override
    public void udpSocketOn(String address, String adapter) {
        udpForm(t("sockets.form.udpOn.title", adapter), address, adapter);
    }

    /** A UDP socket on all addresses that joins a group on this adapter (and sends multicast through it). */
    @Override
    public void joinGroupOn(String adapter, boolean ipv6) {
        FormDialog.titled(t("sockets.form.joinOn.title", adapter), t("sockets.form.joinOn.header", adapter))
                .text("group", t("sockets.form.group"), ipv6 ? "ff02::1234" : "239.1.2.3", t("sockets.form.group.help"),
                        InputCheck::multicastGroup)
                .text("port", t("sockets.form.port"), "5000", t("sockets.form.port.groupHelp"), InputCheck::port)
                .text("ttl", t("sockets.form.ttl"), "1", t("sockets.form.ttl.help"), InputCheck::ttl)
                .flag("loopback", t("sockets.form.loopback"), true, t("sockets.form.loopback.help"))
                .show(owner.get())
                .ifPresent(v -> actions.openUdp(new UdpSetup(ipv6 ? "::" : "0.0.0.0", v.integer("port"),
                        v.integer("ttl"), v.flag("loopback"), adapter), v.text("group")));
    }

    /** One datagram to a broadcast address, from a new UDP socket with broadcast on. */
    @Override
    public void sendBroadcast(String broadcastAddress) {
        FormDialog.titled(t("sockets.form.broadcast.title", broadcastAddress), t("sockets.form.broadcast.header"))
                .text("address", t("sockets.form.broadcastAddress"), broadcastAddress,
                        t("sockets.form.broadcastAddress.help"), InputCheck::ipLiteral)
                .text("port", t("sockets.form.port"), "9", t("sockets.form.port.positiveHelp"),
                        text -> InputCheck.positive(text, t("sockets.form.port"), 65535))
                .text("payload", t("sockets.form.payload"), "hello", t("sockets.form.payload.help"),
                        text -> Optional.empty())
                .show(owner.get())
                .ifPresent(v -> actions.sendOnce(new UdpSetup("0.0.0.0", 0, 1, true, null, true), v.text("address"),
                        v.integer("port"), v.text("payload").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Wake-on-LAN: the magic packet for a MAC address, broadcast to port 9. */
    @Override
    public void wakeOnLan(String broadcastAddress) {
        FormDialog.titled(t("sockets.form.wake.title"), t("sockets.form.wake.header"))
                .text("mac", t("sockets.form.mac"), "", t("sockets.form.mac.help"),
                        text -> WakeOnLan.parseMac(text).isPresent() ? Optional.empty()
                                : Optional.of(WakeOnLan.badMac(text)))
                .text("address", t("sockets.form.broadcastAddress"), broadcastAddress, t("sockets.form.wake.addressHelp"),
                        InputCheck::ipLiteral)
                .text("port", t("sockets.form.port"), String.valueOf(WakeOnLan.PORT), t("sockets.form.wake.portHelp"),
                        text -> InputCheck.positive(text, t("sockets.form.port"), 65535))
                .show(owner.get())
                .ifPresent(v -> actions.sendOnce(new UdpSetup("0.0.0.0", 0, 1, true, null, true), v.text("address"),
                        v.integer("port"), WakeOnLan.magicPacket(v.text("mac"))));
    }

    private void udpForm(String title, String address, String adapter) {
        FormDialog.titled(title, t("sockets.form.udp.header"))
                .text("address", t("sockets.form.address"), address, t("sockets.form.address.allHelp"),
                        InputCheck::ipLiteral)
                .text("port", t("sockets.form.port"), "0", t("sockets.form.port.freeHelp"), InputCheck::port)
                .text("ttl", t("sockets.form.ttl"), "1", t("sockets.form.ttl.defaultHelp"), InputCheck::ttl)
                .flag("loopback", t("sockets.form.loopback"), true, t("sockets.form.loopback.help"))
                .flag("broadcast", t("sockets.form.broadcastFlag"), false, t("sockets.form.broadcastFlag.help"))
                .show(owner.get())
                .ifPresent(v -> actions.openUdp(new UdpSetup(v.text("address"), v.integer("port"), v.integer("ttl"),
                        v.flag("loopback"), adapter, v.flag("broadcast"))));
    }

    // ---------------------------------------------------------------- on a socket

    public void connect(SocketRow row) {
        FormDialog.titled(t("sockets.form.connect.title", row.id()), t("sockets.form.connect.header"))
                .text("host", t("sockets.form.host"), recent.host(), t("sockets.form.host.help"), InputCheck::host)
                .text("port", t("sockets.form.port"), recent.port(), t("sockets.form.port.anyHelp"), InputCheck::port)
                .show(owner.get())
                .ifPresent(v -> {
                    recent.remember(v.text("host"), v.text("port"));
                    actions.connect(row.id(), v.text("host"), v.integer("port"));
                });
    }

    public void bind(SocketRow row) {
        FormDialog.titled(t("sockets.form.bind.title", row.id()), t("sockets.form.bind.header"))
                .text("address", t("sockets.form.address"), "0.0.0.0", t("sockets.form.address.help"),
                        InputCheck::ipLiteral)
                .text("port", t("sockets.form.port"), "0", t("sockets.form.port.freeHelp"), InputCheck::port)
                .show(owner.get())
                .ifPresent(v -> actions.bind(row.id(), v.text("address"), v.integer("port")));
    }

    public void listen(SocketRow row) {
        serverForm(t("sockets.form.listen.title", row.id()), "127.0.0.1", "0").show(owner.get())
                .ifPresent(v -> startServer(v, row.id()));
    }

    public void secure(SocketRow row) {
        FormDialog.titled(t("sockets.form.secure.title", row.id()), t("sockets.form.secure.header"))
                .choice("min", t("sockets.form.tlsMin"), tlsVersions(), t("sockets.form.tlsVersion.default"),
                        t("sockets.form.tlsMin.help"))
                .choice("max", t("sockets.form.tlsMax"), tlsVersions(), t("sockets.form.tlsVersion.default"),
                        t("sockets.form.tlsMax.help"))
                .text("alpn", t("sockets.form.alpn"), "", t("sockets.form.alpn.help"), text -> Optional.empty())
                .text("sni", t("sockets.form.sni"), "", t("sockets.form.sni.help"), text -> Optional.empty())
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
                CertificateDialogs.showProblem(owner.get(), CertificateDialogs.trustTitle(),
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
        return choice == null || t("sockets.form.tlsVersion.default").equals(choice) ? null : choice;
    }

    /** "default" in the current language, then the versions by chrome.socket's names. */
    private static List<String> tlsVersions() {
        List<String> choices = new java.util.ArrayList<>(List.of(t("sockets.form.tlsVersion.default")));
        choices.addAll(TLS_VERSIONS);
        return choices;
    }

    public void keepAlive(SocketRow row) {
        FormDialog.titled(t("sockets.form.keepAlive.title", row.id()), t("sockets.form.keepAlive.header"))
                .flag("enable", t("sockets.form.keepAlive.enable"), true, t("sockets.form.keepAlive.enable.help"))
                .text("delay", t("sockets.form.delay"), "60", t("sockets.form.delay.help"),
                        text -> InputCheck.nonNegative(text, t("sockets.form.delay.name"), 32767))
                .show(owner.get())
                .ifPresent(v -> actions.setKeepAlive(row.id(), v.flag("enable"), v.integer("delay")));
    }

    public void joinGroup(SocketRow row) {
        groupForm(t("sockets.form.joinGroup.header"), "239.1.2.3").ifPresent(group -> actions.joinGroup(row.id(), group));
    }

    public void leaveGroup(SocketRow row) {
        String suggestion = row.groups().isEmpty() ? "" : row.groups().getFirst();
        groupForm(t("sockets.form.leaveGroup.header"), suggestion).ifPresent(group -> actions.leaveGroup(row.id(), group));
    }

    private Optional<String> groupForm(String header, String group) {
        return FormDialog.titled(t("sockets.form.groupForm.title"), header)
                .text("group", t("sockets.form.group"), group, t("sockets.form.group.help"), InputCheck::multicastGroup)
                .show(owner.get())
                .map(v -> v.text("group"));
    }

    public void timeToLive(SocketRow row) {
        FormDialog.titled(t("sockets.form.ttlOf.title", row.id()), t("sockets.form.ttlOf.header"))
                .text("ttl", "TTL", "1", t("sockets.form.ttlOf.help"), InputCheck::ttl)
                .show(owner.get())
                .ifPresent(v -> actions.setMulticastTimeToLive(row.id(), v.integer("ttl")));
    }

    private static String t(String key, Object... args) {
        return Texts.get(key, args);
    }
}
