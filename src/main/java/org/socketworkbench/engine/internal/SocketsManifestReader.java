package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.SocketsOperation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the successor API's {@code "sockets"} manifest key (contract §10, Chromium's
 * {@code SocketsManifestPermission::FromValue}) into socket rules:
 * {@code {"tcp": {"connect": P}, "udp": {"bind": P, "send": P, "multicastMembership": P},
 * "tcpServer": {"listen": P}}}, where each {@code P} is one {@code host:port} pattern or a list
 * of them, parsed by {@link SocketRuleParser#parseHostPattern}.
 *
 * <p>Unlike the {@code "socket"} permission, every malformed part is fatal, as in Chrome: a bad
 * pattern fails with Chrome's {@code Invalid host:port pattern '<pattern>'}, to which we add
 * where it is and, for {@code multicastMembership} (which takes no host or port, so only
 * {@code ""} is valid), a hint. Sections and values of the wrong JSON type fail with a message
 * naming the key. Keys Chrome does not know are ignored by Chrome; we ignore them too but report
 * each one as a warning, since a misspelt key silently grants nothing.
 */
public final class SocketsManifestReader {

    private static final String SOCKETS = "sockets";

    private SocketsManifestReader() {
    }

    /** The rules the key grants and the warnings about ignored keys. */
    public record Result(List<SocketRule> rules, List<String> warnings) {
    }

    /** Reads the {@code "sockets"} key of a parsed manifest; no key means no rules. */
    public static Result read(Map<String, Object> manifest) {
        List<SocketRule> rules = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!manifest.containsKey(SOCKETS)) {
            return new Result(rules, warnings);
        }
        Map<?, ?> sockets = requireObject(manifest.get(SOCKETS), SOCKETS);
        Set<String> sections = new LinkedHashSet<>();
        for (SocketsOperation operation : SocketsOperation.values()) {
            sections.add(operation.manifestSection());
        }
        warnUnknownKeys(sockets, sections, SOCKETS, warnings);
        for (String section : sections) {
            if (sockets.containsKey(section)) {
                readSection(section, requireObject(sockets.get(section), SOCKETS + "." + section), rules, warnings);
            }
        }
        return new Result(rules, warnings);
    }

    private static void readSection(String section, Map<?, ?> entries, List<SocketRule> rules, List<String> warnings) {
        Set<String> keys = new LinkedHashSet<>();
        for (SocketsOperation operation : SocketsOperation.values()) {
            if (operation.manifestSection().equals(section)) {
                keys.add(operation.manifestKey());
                if (entries.containsKey(operation.manifestKey())) {
                    String path = SOCKETS + "." + section + "." + operation.manifestKey();
                    for (String pattern : patterns(entries.get(operation.manifestKey()), path)) {
                        rules.add(parsePattern(operation, pattern, path));
                    }
                }
            }
        }
        warnUnknownKeys(entries, keys, SOCKETS + "." + section, warnings);
    }

    private static List<String> patterns(Object value, String path) {
        if (value instanceof String pattern) {
            return List.of(pattern);
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("Invalid value for '" + path
                    + "': expected a host:port pattern string or a list of them, but it is " + ManifestJson.describe(value) + ".");
        }
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String pattern)) {
                throw new IllegalArgumentException("Invalid value for '" + path + "[" + i
                        + "]': expected a host:port pattern string, but it is " + ManifestJson.describe(list.get(i)) + ".");
            }
            patterns.add(pattern);
        }
        return patterns;
    }

    private static SocketRule parsePattern(SocketsOperation operation, String pattern, String path) {
        return SocketRuleParser.parseHostPattern(operation.socketOperation(), pattern).orElseThrow(() -> {
            String hint = operation.socketOperation().isAddressBound()
                    ? ""
                    : " (" + operation.manifestKey() + " takes no host or port: use \"\")";
            return new IllegalArgumentException("Invalid host:port pattern '" + pattern + "' in '" + path + "'" + hint + ".");
        });
    }

    private static Map<?, ?> requireObject(Object value, String path) {
        if (value instanceof Map<?, ?> object) {
            return object;
        }
        throw new IllegalArgumentException("Invalid value for '" + path + "': expected an object, but it is "
                + ManifestJson.describe(value) + ".");
    }

    private static void warnUnknownKeys(Map<?, ?> object, Set<String> known, String path, List<String> warnings) {
        for (Object key : object.keySet()) {
            if (!known.contains(key)) {
                warnings.add("Unknown key '" + path + "." + key + "' is ignored; known keys are " + known + ".");
            }
        }
    }
}
