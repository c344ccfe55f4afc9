package org.socketworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.socketworkbench.certificates.ServerTlsRequest;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.engine.TlsServerOptions.ClientAuth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a TLS server's certificate comes from, as the server form asks it. A PKCS#12 password is
 * never written to a workspace (files are shared): such a server opens again only when its file
 * has no password (src/docs/workspace-format.md).
 *
 * @param source      SELF_SIGNED, PEM or PKCS12
 * @param names       host names and addresses of a self-signed certificate
 * @param certificate the PEM chain or PKCS#12 file, or null
 * @param key         the PEM key file, or null (then it is in the certificate file)
 * @param clientAuth  NONE, WANT or NEED
 * @param clientCa    the PEM file of the CAs client certificates chain to, or null
 * @param unknownKeys keys of a file this version does not know
 */
public record TlsPart(ServerTlsRequest.Source source, List<String> names,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String certificate,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String key, ClientAuth clientAuth,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String clientCa,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public TlsPart {
        source = source == null ? ServerTlsRequest.Source.SELF_SIGNED : source;
        names = names == null ? List.of() : List.copyOf(names);
        clientAuth = clientAuth == null ? ClientAuth.NONE : clientAuth;
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    /** The part of a request (its password left out). */
    public static TlsPart of(ServerTlsRequest request) {
        return new TlsPart(request.source(), request.names().stream().map(String::strip).filter(n -> !n.isEmpty()).toList(),
                text(request.certificate()), text(request.key()), request.clientAuth(), text(request.clientCa()), Map.of());
    }

    /** The request to load it with (no password). */
    public ServerTlsRequest request() {
        return new ServerTlsRequest(source, names, path(certificate), path(key), new char[0], clientAuth, path(clientCa));
    }

    private static String text(Path path) {
        return path == null ? null : path.toString();
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }
}
