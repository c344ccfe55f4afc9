package org.socketworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.relay.Impairments;
import org.socketworkbench.relay.RelayEndpoints;
import org.socketworkbench.relay.RelayProtocol;
import org.socketworkbench.relay.RelaySettings;
import org.socketworkbench.relay.RelayTlsRequest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A relay of the workspace: where it listens and forwards, its impairments each way and its seed
 * (so a run repeats), and its TLS.
 *
 * @param protocol           TCP or UDP
 * @param listenAddress      local IP literal
 * @param listenPort         the port it listened on when saved
 * @param targetHost         the server's name or address
 * @param targetPort         the server's port
 * @param multicastInterface UDP: the adapter for multicast, "" for the OS default
 * @param multicastTtl       UDP: TTL towards a multicast target
 * @param toServer           impairments client → server
 * @param toClient           impairments server → client
 * @param seed               the seed of its random choices
 * @param tls                TLS towards the client (the certificate it shows), or null for none
 * @param tlsToTarget        TLS towards the target
 * @param targetPins         target certificates accepted by SHA-256 fingerprint
 * @param unknownKeys        keys of a file this version does not know
 */
public record RelayPart(RelayProtocol protocol, String listenAddress, int listenPort, String targetHost, int targetPort,
                        String multicastInterface, int multicastTtl, Impairments toServer, Impairments toClient,
                        long seed, @JsonInclude(JsonInclude.Include.NON_NULL) TlsPart tls, boolean tlsToTarget,
                        List<String> targetPins, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public RelayPart {
        protocol = protocol == null ? RelayProtocol.TCP : protocol;
        listenAddress = listenAddress == null || listenAddress.isBlank() ? "127.0.0.1" : listenAddress.strip();
        targetHost = targetHost == null ? "" : targetHost.strip();
        multicastInterface = multicastInterface == null ? "" : multicastInterface;
        toServer = toServer == null ? Impairments.NONE : toServer;
        toClient = toClient == null ? Impairments.NONE : toClient;
        targetPins = targetPins == null ? List.of() : List.copyOf(targetPins);
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    /** A running relay's part: {@code listenPort} is the port it got. */
    public static RelayPart of(RelayEndpoints endpoints, int listenPort, RelaySettings settings, RelayTlsRequest tls) {
        return new RelayPart(endpoints.protocol(), endpoints.listenAddress(), listenPort, endpoints.targetHost(),
                endpoints.targetPort(), endpoints.multicastInterface(), endpoints.multicastTtl(), settings.toServer(),
                settings.toClient(), settings.seed(), tls.listen() == null ? null : TlsPart.of(tls.listen()),
                tls.target(), tls.targetPins().stream().sorted().toList(), Map.of());
    }

    /**
     * Where it listens and forwards.
     *
     * @throws IllegalArgumentException naming the value out of range
     */
    public RelayEndpoints endpoints() {
        return new RelayEndpoints(protocol, listenAddress, listenPort, targetHost, targetPort, multicastInterface,
                multicastTtl);
    }

    public RelaySettings settings() {
        return new RelaySettings(toServer, toClient, seed);
    }

    public RelayTlsRequest tlsRequest() {
        return new RelayTlsRequest(tls == null ? null : tls.request(), tlsToTarget, Set.copyOf(targetPins));
    }
}
