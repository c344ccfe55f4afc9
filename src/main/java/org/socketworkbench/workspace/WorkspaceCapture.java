package org.socketworkbench.workspace;

import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.MembershipStatus;
import org.socketworkbench.multicast.SenderState;
import org.socketworkbench.multicast.WorkspaceSnapshot;
import org.socketworkbench.replies.RuleBook;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.traffic.FilterInput;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The bench as it runs now, as a {@link Workspace}: the servers, clients and UDP sockets the
 * workbench opened that are still open (each on the port it has now, so a saved server opens
 * again where its clients expect it), the rules they answer with, the relays, the multicast
 * view's groups with the adapters they are joined on and their running senders, and the filter.
 * Sockets the relay and the multicast view make for themselves are theirs, not parts.
 */
public final class WorkspaceCapture {

    private static final Set<SocketStatus> CLIENT_OPEN = EnumSet.of(SocketStatus.CONNECTING, SocketStatus.CONNECTED,
            SocketStatus.SECURED, SocketStatus.PEER_CLOSED);

    private WorkspaceCapture() {
    }

    public static Workspace capture(Bench bench) {
        List<ServerPart> servers = new ArrayList<>();
        List<ClientPart> clients = new ArrayList<>();
        List<UdpPart> udp = new ArrayList<>();
        SocketActions actions = bench.actions();
        for (SocketRow row : bench.tracker().rows()) {
            RuleSet rules = bench.replies().book(row.id()).map(RuleBook::ruleSet).orElse(null);
            if (row.role() == SocketRole.TCP_SERVER && row.status() == SocketStatus.LISTENING) {
                actions.serverSetupOf(row.id()).ifPresent(setup -> servers.add(new ServerPart(setup.address(),
                        portOf(row.local(), setup.port()), setup.backlog(), setup.autoAccept(),
                        setup.tls() == null ? null : TlsPart.of(setup.tls()), rules)));
            } else if (row.role() == SocketRole.TCP_CLIENT && CLIENT_OPEN.contains(row.status())) {
                actions.endpointOf(row.id()).ifPresent(endpoint ->
                        clients.add(new ClientPart(endpoint.host(), endpoint.port(), rules)));
            } else if (row.role() == SocketRole.UDP && row.status() == SocketStatus.BOUND) {
                actions.udpSetupOf(row.id()).ifPresent(setup ->
                        udp.add(new UdpPart(setup, portOf(row.local(), setup.port()), row.groups(), rules)));
            }
        }
        FilterInput filter = bench.filter().current();
        return Workspace.of(servers, clients, udp, bench.relays().running(), multicast(bench.multicast().snapshot()),
                filter.isNone() ? null : FilterPart.of(filter));
    }

    private static List<GroupPart> multicast(WorkspaceSnapshot snapshot) {
        List<GroupPart> groups = new ArrayList<>();
        for (GroupSettings group : snapshot.groups()) {
            List<String> joinedOn = snapshot.memberships().stream()
                    .filter(m -> m.channel().group().equals(group.group()) && m.status() != MembershipStatus.FAILED)
                    .map(m -> m.channel().iface()).toList();
            SenderPart sender = snapshot.sender(group.group()).filter(SenderState::active)
                    .map(s -> SenderPart.of(s.settings())).orElse(null);
            groups.add(GroupPart.of(group, joinedOn, sender));
        }
        return groups;
    }

    /** The port of "address:port" or "[v6]:port"; {@code fallback} when there is none yet. */
    static int portOf(String endpoint, int fallback) {
        int colon = endpoint.lastIndexOf(':');
        if (colon < 0) {
            return fallback;
        }
        try {
            return Integer.parseInt(endpoint.substring(colon + 1));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
