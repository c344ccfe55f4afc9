package org.socketworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.socketworkbench.datafiles.UnknownKeys;

import java.util.List;
import java.util.Map;

/**
 * The whole bench as a file to save, share and open again: TCP/TLS servers with their TLS
 * settings and reply rules, TCP clients, UDP sockets with their groups, relays with their
 * impairments, the multicast view's groups and senders, and the traffic filter. A data file of
 * the workbench (see {@code org.socketworkbench.datafiles}); the format is described in
 * src/docs/workspace-format.md.
 *
 * @param format      {@link WorkspaceFile#FORMAT_NAME}, so another JSON file is not taken for a workspace
 * @param servers     TCP servers, plain or TLS
 * @param clients     TCP clients
 * @param udpSockets  UDP sockets
 * @param relays      relays
 * @param multicast   the multicast view's groups, joins and senders
 * @param filter      the traffic view's filter, or null for none
 * @param unknownKeys keys of a file this version does not know
 */
public record Workspace(String format, List<ServerPart> servers, List<ClientPart> clients, List<UdpPart> udpSockets,
                        List<RelayPart> relays, List<GroupPart> multicast,
                        @JsonInclude(JsonInclude.Include.NON_NULL) FilterPart filter,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public Workspace {
        servers = copy(servers);
        clients = copy(clients);
        udpSockets = copy(udpSockets);
        relays = copy(relays);
        multicast = copy(multicast);
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public static Workspace of(List<ServerPart> servers, List<ClientPart> clients, List<UdpPart> udpSockets,
                               List<RelayPart> relays, List<GroupPart> multicast, FilterPart filter) {
        return new Workspace(WorkspaceFile.FORMAT_NAME, servers, clients, udpSockets, relays, multicast, filter, Map.of());
    }

    /** Nothing open. */
    public static Workspace empty() {
        return of(List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    /** How many parts it has (the filter not counted). */
    public int size() {
        return servers.size() + clients.size() + udpSockets.size() + relays.size() + multicast.size();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
