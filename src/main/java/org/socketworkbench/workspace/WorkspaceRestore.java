package org.socketworkbench.workspace;

import org.socketworkbench.certificates.CertificateProblem;
import org.socketworkbench.certificates.ServerTlsRequest;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.MembershipStatus;
import org.socketworkbench.multicast.SenderStatus;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.replies.RuleSetException;
import org.socketworkbench.sockets.OperationOutcome;
import org.socketworkbench.sockets.SocketActions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Opens a {@link Workspace} into the running bench, every part it can: a part that fails (its
 * port is taken, its certificate file is gone, an adapter is missing) is skipped and reported with
 * Chrome's error name and why, and everything else still opens. What a part half made before it
 * failed (a socket that could not listen) is destroyed, so the bench shows only what opened.
 *
 * <p>{@link #restore} returns at once; the sockets are set up on the engine's threads and
 * certificates are read on a background thread. It is called on the thread that owns the
 * bench's relay and filter hosts (the FX thread in the window).
 */
public final class WorkspaceRestore {

    private static final Executor BACKGROUND = task -> Thread.ofVirtual().name("workspace-certificates").start(task);

    private final Bench bench;

    private WorkspaceRestore(Bench bench) {
        this.bench = bench;
    }

    /** Opens every part; the future gets the report once each part has opened or failed. */
    public static CompletableFuture<RestoreReport> restore(Bench bench, Workspace workspace) {
        return new WorkspaceRestore(bench).all(workspace);
    }

    private CompletableFuture<RestoreReport> all(Workspace workspace) {
        List<CompletableFuture<List<PartOutcome>>> servers = workspace.servers().stream().map(this::server).toList();
        List<CompletableFuture<List<PartOutcome>>> udp = workspace.udpSockets().stream().map(this::udp).toList();
        List<CompletableFuture<List<PartOutcome>>> relays = workspace.relays().stream().map(this::relay).toList();
        List<CompletableFuture<List<PartOutcome>>> groups = workspace.multicast().stream().map(this::group).toList();
        List<PartOutcome> filter = workspace.filter() == null ? List.of() : List.of(filter(workspace.filter()));
        // clients connect once the servers and relays of the same workspace listen
        CompletableFuture<List<List<PartOutcome>>> clients = each(concat(servers, relays))
                .thenCompose(listening -> each(workspace.clients().stream().map(this::client).toList()));
        List<CompletableFuture<List<List<PartOutcome>>>> phases = List.of(each(servers), clients, each(udp), each(relays),
                each(groups));
        return CompletableFuture.allOf(phases.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<PartOutcome> outcomes = new ArrayList<>();
            phases.forEach(phase -> phase.join().forEach(outcomes::addAll));
            outcomes.addAll(filter);
            return new RestoreReport(outcomes);
        });
    }

    private static <T> CompletableFuture<List<T>> each(List<CompletableFuture<T>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    // ---------------------------------------------------------------- sockets

    private CompletableFuture<List<PartOutcome>> server(ServerPart part) {
        String where = endpoint(part.address(), part.port());
        PartKind kind = part.tls() == null ? PartKind.TCP_SERVER : PartKind.TLS_SERVER;
        ServerTlsRequest request = part.tls() == null ? null : part.tls().request();
        SocketActions.ServerSetup setup = new SocketActions.ServerSetup(part.address(), part.port(), part.backlog(),
                part.autoAccept(), request);
        CompletableFuture<TlsServerOptions> tls = request == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> load(request), BACKGROUND);
        return tls.thenCompose(options -> opened(done -> bench.actions().openServer(setup, options, done)))
                .thenApply(outcome -> settle(kind, where, outcome, part.replyRules()))
                .exceptionally(failure -> List.of(PartOutcome.failed(kind, where, message(failure))));
    }

    private TlsServerOptions load(ServerTlsRequest request) {
        try {
            return request.load(bench.selfSigned()).options();
        } catch (CertificateProblem e) {
            throw new CompletionException(e);
        }
    }

    private CompletableFuture<List<PartOutcome>> client(ClientPart part) {
        String where = endpoint(part.host(), part.port());
        return opened(done -> bench.actions().openTcpClient(part.host(), part.port(), done))
                .thenApply(outcome -> settle(PartKind.TCP_CLIENT, where, outcome, part.replyRules()));
    }

    private CompletableFuture<List<PartOutcome>> udp(UdpPart part) {
        String where = endpoint(part.address(), part.port());
        return opened(done -> bench.actions().openUdp(part.setup(), part.groups(), done))
                .thenApply(outcome -> settle(PartKind.UDP_SOCKET, where, outcome, part.replyRules()));
    }

    private static CompletableFuture<OperationOutcome> opened(Consumer<Consumer<OperationOutcome>> open) {
        CompletableFuture<OperationOutcome> outcome = new CompletableFuture<>();
        open.accept(outcome::complete);
        return outcome;
    }

    /** The part's outcome; a socket that failed half-way goes, one that opened gets its rules. */
    private List<PartOutcome> settle(PartKind kind, String where, OperationOutcome outcome, RuleSet rules) {
        if (!outcome.succeeded()) {
            if (outcome.socketId() > 0) {
                bench.actions().destroy(outcome.socketId());
            }
            return List.of(PartOutcome.of(kind, where, outcome));
        }
        if (rules == null) {
            return List.of(PartOutcome.opened(kind, where));
        }
        try {
            bench.replies().attach(outcome.socketId(), rules);
            return List.of(PartOutcome.opened(kind, where), PartOutcome.opened(PartKind.REPLY_RULES, where));
        } catch (RuleSetException e) {
            return List.of(PartOutcome.opened(kind, where), PartOutcome.failed(PartKind.REPLY_RULES, where, e.getMessage()));
        }
    }

    // ---------------------------------------------------------------- relays, multicast, filter

    private CompletableFuture<List<PartOutcome>> relay(RelayPart part) {
        String where = endpoint(part.listenAddress(), part.listenPort()) + " \u2192 "
                + endpoint(part.targetHost(), part.targetPort());
        CompletableFuture<Integer> started;
        try {
            part.endpoints();
            started = bench.relays().open(part);
        } catch (IllegalArgumentException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started.thenApply(code -> List.of(code < 0
                        ? new PartOutcome(PartKind.RELAY, where, false, code, NetError.lastErrorText(code), NetError.describe(code))
                        : PartOutcome.opened(PartKind.RELAY, where)))
                .exceptionally(failure -> List.of(PartOutcome.failed(PartKind.RELAY, where, message(failure))));
    }

    private CompletableFuture<List<PartOutcome>> group(GroupPart part) {
        GroupSettings settings;
        try {
            settings = part.settings();
            bench.multicast().addGroup(settings);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(List.of(PartOutcome.failed(PartKind.MULTICAST_GROUP, part.group(),
                    e.getMessage())));
        }
        GroupAddress group = settings.group();
        List<CompletableFuture<PartOutcome>> steps = new ArrayList<>();
        steps.add(CompletableFuture.completedFuture(PartOutcome.opened(PartKind.MULTICAST_GROUP, part.group())));
        for (String iface : part.joinedOn()) {
            Channel channel = new Channel(group, iface);
            String where = iface.isEmpty() ? Texts.get("workspace.where.defaultAdapter", part.group())
                    : Texts.get("workspace.where.onAdapter", part.group(), iface);
            steps.add(bench.multicast().join(channel).thenApply(state -> state.status() == MembershipStatus.FAILED
                    ? PartOutcome.failed(PartKind.MULTICAST_JOIN, where, state.detail())
                    : PartOutcome.opened(PartKind.MULTICAST_JOIN, where)));
        }
        if (part.sender() != null) {
            steps.add(sender(group, part));
        }
        return CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new))
                .thenApply(done -> steps.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<PartOutcome> sender(GroupAddress group, GroupPart part) {
        try {
            return bench.multicast().startSender(group, part.sender().settings())
                    .thenApply(state -> state.status() == SenderStatus.FAILED
                            ? PartOutcome.failed(PartKind.MULTICAST_SENDER, part.group(), state.detail())
                            : PartOutcome.opened(PartKind.MULTICAST_SENDER, part.group()));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(PartOutcome.failed(PartKind.MULTICAST_SENDER, part.group(),
                    e.getMessage()));
        }
    }

    private PartOutcome filter(FilterPart part) {
        try {
            bench.filter().apply(part.input());
            return PartOutcome.opened(PartKind.TRAFFIC_FILTER, "");
        } catch (IllegalArgumentException e) {
            return PartOutcome.failed(PartKind.TRAFFIC_FILTER, "", e.getMessage());
        }
    }

    private static String endpoint(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static String message(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
