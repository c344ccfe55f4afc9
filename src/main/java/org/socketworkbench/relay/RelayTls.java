package org.socketworkbench.relay;

import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.engine.TlsServerOptions;

import java.util.List;
import java.util.Set;

/**
 * TLS on either leg of a TCP relay, so a TLS conversation crosses it as plain text the traffic
 * tap can show. Fixed for the relay's life (unlike its {@link RelaySettings}).
 *
 * @param listen     terminate TLS from the client with this server identity (build it with
 *                   {@code org.socketworkbench.certificates.ServerTlsSetup}); null: the client leg is plain
 * @param target     originate TLS to the target after connecting (SNI and the certificate's name: the target host)
 * @param targetPins SHA-256 fingerprints of target certificates accepted without a trust anchor
 *                   (what {@code run --trust-pin} gives a script); any other certificate is verified as usual
 */
public record RelayTls(TlsServerOptions listen, boolean target, Set<String> targetPins) {

    /** Plain TCP on both legs. */
    public static final RelayTls NONE = new RelayTls(null, false, Set.of());

    public RelayTls {
        targetPins = targetPins == null ? Set.of() : Set.copyOf(targetPins);
        if (!target && !targetPins.isEmpty()) {
            throw new IllegalArgumentException(RelayMessages.PINS_WITHOUT_TARGET_TLS);
        }
    }

    public boolean any() {
        return listen != null || target;
    }

    /** The secure() extras for the target leg: SNI = the target host, the user's pins. */
    TlsClientOptions targetOptions(String targetHost) {
        return new TlsClientOptions(List.of(), targetHost, targetPins);
    }
}
