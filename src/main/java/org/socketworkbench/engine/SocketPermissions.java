package org.socketworkbench.engine;

import org.socketworkbench.engine.internal.ChromeJsonText;
import org.socketworkbench.engine.internal.ManifestJson;
import org.socketworkbench.engine.internal.SocketPermissionDeclaration;
import org.socketworkbench.engine.internal.SocketRule;
import org.socketworkbench.engine.internal.SocketRuleParser;
import org.socketworkbench.engine.internal.SocketRuleSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chrome.socket app may do: the rules of its manifest's {@code "socket"} permission
 * (contract §3), for example {@code "tcp-connect:*.example.com:80"} or {@code "udp-bind::8800"}.
 * The engine asks {@link #allows} before {@code connect}, {@code bind}, {@code sendTo},
 * {@code listen} and the multicast-membership calls (contract §3.4).
 *
 * <p>A request is granted when any rule matches it. Hosts are compared as the literal strings the
 * app passed, lower-cased; {@code tcp-connect:localhost:80} does not grant a connect to
 * {@code 127.0.0.1}.
 *
 * <p>Invalid rules are not fatal: they are dropped, and each one is reported in
 * {@link #warnings()} with Chrome's install-warning text. Instances are immutable and safe to
 * share between threads.
 */
public final class SocketPermissions {

    private static final SocketPermissions ALLOW_ALL = new SocketPermissions(
            new SocketRuleSet(Arrays.stream(SocketOperation.values()).map(SocketRule::anyHostAnyPort).toList()),
            List.of());

    private final SocketRuleSet rules;
    private final List<String> warnings;

    private SocketPermissions(SocketRuleSet rules, List<String> warnings) {
        this.rules = rules;
        this.warnings = List.copyOf(warnings);
    }

    /** Grants every operation for every host and port (the engine's default). */
    public static SocketPermissions allowAll() {
        return ALLOW_ALL;
    }

    /**
     * Parses the rule strings of a {@code "socket"} permission (contract §3.2). An invalid rule is
     * dropped and reported as {@code Permission '"<rule>"' is unknown or URL pattern is
     * malformed.}, with the rule written as JSON text (in double quotes, escaped), as Chrome
     * writes it.
     */
    public static SocketPermissions parse(List<String> rules) {
        return fromItems(Objects.requireNonNull(rules, "rules"), List.of());
    }

    /**
     * Reads the {@code "socket"} permission of a whole manifest.json (contract §3.1):
     * {@code {"socket": [rules]}} in the {@code "permissions"} list; a bare {@code "socket"} string
     * (or {@code {"socket": null}}) is the permission without rules, and a manifest without it has
     * no socket permission; both deny everything. List items that are not valid rules, including
     * non-strings, become warnings as in {@link #parse}; a declaration repeated is reported too
     * (the last one counts, as in Chrome).
     *
     * @throws IllegalArgumentException when the manifest would not load in Chrome: malformed
     *         JSON (the message gives line and column), a top level that is not an object,
     *         {@code "permissions"} not a list ({@code Invalid value for 'permissions'.}), a
     *         permission entry that is neither a string nor a one-key object
     *         ({@code Invalid value for 'permissions[3]'.}), or a {@code "socket"} value that is not
     *         a list, which carries Chrome's exact text {@code Invalid value for
     *         'permissions[socket]': Cannot parse the permission list. It's not a list..}
     *         (Chrome names the permission, not the index, and its template adds a second full
     *         stop after the detail's own)
     */
    public static SocketPermissions fromManifest(String manifestJson) {
        SocketPermissionDeclaration.Found declaration =
                SocketPermissionDeclaration.read(ManifestJson.parseObject(manifestJson));
        return fromItems(declaration.items(), declaration.warnings());
    }

    private static SocketPermissions fromItems(List<?> items, List<String> earlierWarnings) {
        List<SocketRule> parsed = new ArrayList<>();
        List<String> warnings = new ArrayList<>(earlierWarnings);
        for (Object item : items) {
            Optional<SocketRule> rule = item instanceof String text ? SocketRuleParser.parseRule(text) : Optional.empty();
            rule.ifPresentOrElse(parsed::add, () -> warnings.add(
                    "Permission '" + ChromeJsonText.write(item) + "' is unknown or URL pattern is malformed."));
        }
        return new SocketPermissions(new SocketRuleSet(parsed), warnings);
    }

    /**
     * Whether the rules grant {@code operation} on {@code host} (the literal string the app
     * passed) and {@code port}. A request for port 0 matches only rules with a wildcard port.
     */
    public boolean allows(SocketOperation operation, String host, int port) {
        return rules.allows(operation, host, port);
    }

    /** Whether every operation is granted for every host and port, as {@link #allowAll()} does. */
    public boolean allowsEverything() {
        return rules.coversAnyHostAndPort(Arrays.asList(SocketOperation.values()));
    }

    /**
     * The valid rules in Chrome's display form, in declaration order without duplicates:
     * {@code tcp-connect} is {@code tcp-connect:*:*}, {@code udp-send-to::8800} is
     * {@code udp-send-to:*:8800}, {@code tcp-connect:.example.com} is
     * {@code tcp-connect:*.example.com:*}; non-address-bound operations stay bare
     * ({@code resolve-host}).
     */
    public List<String> canonicalRules() {
        return rules.canonicalRules();
    }

    /** One message per dropped rule or other ignored declaration, in manifest order. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "SocketPermissions" + canonicalRules();
    }
}
