package org.socketworkbench.engine;

import org.socketworkbench.engine.internal.ManifestJson;
import org.socketworkbench.engine.internal.SocketRule;
import org.socketworkbench.engine.internal.SocketRuleSet;
import org.socketworkbench.engine.internal.SocketsManifestReader;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code chrome.sockets.*} app may do: its manifest's {@code "sockets"} key (contract §10),
 * for example {@code "sockets": {"tcp": {"connect": "*:80"}, "udp": {"bind": ["", ":5353"]}}}.
 *
 * <p>Each pattern is {@code host:port} with the grammar and matching of the {@code "socket"}
 * rules (contract §3.2, §3.3) minus the operation prefix: {@code ""}, {@code "*"}, {@code "*:*"}
 * and {@code ":"} mean any host and any port; {@code ":8080"} any host on port 8080;
 * {@code "*.example.com"} that domain and its subdomains on any port. {@code multicastMembership}
 * takes no host or port, so only {@code ""} is valid there, as in Chrome.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SocketsPermissions {

    private static final SocketsPermissions ALLOW_ALL = new SocketsPermissions(
            new SocketRuleSet(Arrays.stream(SocketsOperation.values())
                    .map(operation -> SocketRule.anyHostAnyPort(operation.socketOperation())).toList()),
            List.of());

    private final SocketRuleSet rules;
    private final List<String> warnings;

    private SocketsPermissions(SocketRuleSet rules, List<String> warnings) {
        this.rules = rules;
        this.warnings = List.copyOf(warnings);
    }

    /** Grants every operation for every host and port. */
    public static SocketsPermissions allowAll() {
        return ALLOW_ALL;
    }

    /**
     * Reads the {@code "sockets"} key of a whole manifest.json; without the key nothing is granted.
     *
     * @throws IllegalArgumentException when the manifest would not load in Chrome: malformed
     *         JSON, a section or value of the wrong type, or an invalid pattern (message starting
     *         with Chrome's {@code Invalid host:port pattern '<pattern>'})
     */
    public static SocketsPermissions fromManifest(String manifestJson) {
        SocketsManifestReader.Result result = SocketsManifestReader.read(ManifestJson.parseObject(manifestJson));
        return new SocketsPermissions(new SocketRuleSet(result.rules()), result.warnings());
    }

    /** Whether the patterns grant {@code operation} on {@code host} (literal, lower-cased) and {@code port}. */
    public boolean allows(SocketsOperation operation, String host, int port) {
        return rules.allows(Objects.requireNonNull(operation, "operation").socketOperation(), host, port);
    }

    /** Keys under {@code "sockets"} that Chrome ignores (misspelt or unknown), one message each. */
    public List<String> warnings() {
        return warnings;
    }

    /** The granted rules in chrome.socket's display form, for example {@code [tcp-connect:*:80]}. */
    @Override
    public String toString() {
        return "SocketsPermissions" + rules.canonicalRules();
    }
}
