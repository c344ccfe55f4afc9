package org.socketworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.socketworkbench.datafiles.UnknownKeys;
import org.socketworkbench.replies.RuleSet;

import java.util.Map;

/**
 * A TCP client of the workspace: where it connects.
 *
 * @param host        the host name or address, as typed
 * @param port        the port
 * @param replyRules  what it answers, or null when it does not
 * @param unknownKeys keys of a file this version does not know
 */
public record ClientPart(String host, int port, @JsonInclude(JsonInclude.Include.NON_NULL) RuleSet replyRules,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public ClientPart {
        host = host == null ? "" : host.strip();
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public ClientPart(String host, int port, RuleSet replyRules) {
        this(host, port, replyRules, Map.of());
    }
}
