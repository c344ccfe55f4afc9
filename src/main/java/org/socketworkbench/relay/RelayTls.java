package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

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
 * @param alpn       ALPN protocols offered to the target, in preference order (empty: no ALPN). When the
 *                   client leg is TLS too and its client agreed on a protocol with the relay, that one is
 *                   offered to the target instead, so both legs speak the protocol the client chose
 */
public record RelayTls(TlsServerOptions listen, boolean target, Set<String> targetPins, List<String> alpn) {

    /** Plain TCP on both legs. */
    public static final RelayTls NONE = new RelayTls(null, false, Set.of());

    public RelayTls {
        targetPins = targetPins == null ? Set.of() : Set.copyOf(targetPins);
        alpn = alpn == null ? List.of() : List.copyOf(alpn);
        if (!target && !targetPins.isEmpty()) {
            throw new IllegalArgumentException(Texts.get(RelayMessages.PINS_WITHOUT_TARGET_TLS));
        }
    }

    /** Without ALPN. */
    public RelayTls(TlsServerOptions listen, boolean target, Set<String> targetPins) {
        this(listen, target, targetPins, List.of());
    }

    public boolean any() {
        return listen != null || target;
    }

    /**
     * The secure() extras for the target leg: SNI = the target host, the user's pins, and ALPN:
     * {@code clientAlpn} (what the client agreed on with the relay) when there is one, else {@link #alpn}.
     */
    TlsClientOptions targetOptions(String targetHost, String clientAlpn) {
        return new TlsClientOptions(clientAlpn == null ? alpn : List.of(clientAlpn), targetHost, targetPins);
    }
}
