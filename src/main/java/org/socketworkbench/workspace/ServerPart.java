package org.socketworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.replies.RuleSet;

import java.util.Map;

/**
 * A TCP server of the workspace.
 *
 * @param address     local IP literal it listens on
 * @param port        the port it listened on when saved
 * @param backlog     the listen queue, or null for chrome.socket's default
 * @param autoAccept  whether every connection is accepted and read
 * @param tls         its TLS settings, or null for plain TCP
 * @param replyRules  what it answers, or null when it does not
 * @param unknownKeys keys of a file this version does not know
 */
public record ServerPart(String address, int port, Integer backlog, boolean autoAccept,
                         @JsonInclude(JsonInclude.Include.NON_NULL) TlsPart tls,
                         @JsonInclude(JsonInclude.Include.NON_NULL) RuleSet replyRules,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public ServerPart {
        address = address == null || address.isBlank() ? "127.0.0.1" : address.strip();
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public ServerPart(String address, int port, Integer backlog, boolean autoAccept, TlsPart tls, RuleSet replyRules) {
        this(address, port, backlog, autoAccept, tls, replyRules, Map.of());
    }
}
