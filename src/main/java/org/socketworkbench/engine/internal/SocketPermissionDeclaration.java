package org.socketworkbench.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the {@code "socket"} permission in a manifest's {@code "permissions"} list (contract §3.1,
 * Chromium's {@code APIPermissionSet::ParseFromJSON}) and returns its raw rule items.
 *
 * <p>Accepted forms: {@code {"socket": [rules...]}}, {@code {"socket": null}} (Chrome treats null as
 * an empty list) and the bare string {@code "socket"} (no rules). No {@code "socket"} entry means
 * no rules either. Other permissions are not ours and are skipped. When {@code "socket"} appears
 * more than once, Chrome keeps the last one; so do we, with a warning.
 *
 * <p>Fatal, as in Chrome (the manifest fails to load): {@code "permissions"} that is not a list
 * ({@code Invalid value for 'permissions'.}); an entry that is neither a string nor an object with
 * exactly one key ({@code Invalid value for 'permissions[2]'.}); a {@code "socket"} value that is
 * not a list. For the last one Chrome fills its template {@code Invalid value for
 * 'permissions[*]': *.} with the permission's <em>name</em> (not the list index) and with the
 * detail {@code Cannot parse the permission list. It's not a list.}, which ends in a full stop of
 * its own, so the exact text is {@code Invalid value for 'permissions[socket]': Cannot parse the
 * permission list. It's not a list..} (two full stops). We reproduce it byte for byte.
 */
public final class SocketPermissionDeclaration {

    static final String NOT_A_LIST_ERROR =
            "Invalid value for 'permissions[socket]': Cannot parse the permission list. It's not a list..";

    private static final String SOCKET = "socket";

    private SocketPermissionDeclaration() {
    }

    /** The raw items of the declared {@code "socket"} rule list (empty when there is none). */
    public record Found(List<?> items, List<String> warnings) {
    }

    /** Reads the {@code "socket"} declaration of a parsed manifest. */
    public static Found read(Map<String, Object> manifest) {
        if (!manifest.containsKey("permissions")) {
            return new Found(List.of(), List.of());
        }
        if (!(manifest.get("permissions") instanceof List<?> permissions)) {
            throw new IllegalArgumentException("Invalid value for 'permissions'.");
        }
        List<?> items = List.of();
        List<Integer> declaredAt = new ArrayList<>();
        for (int i = 0; i < permissions.size(); i++) {
            Object entry = permissions.get(i);
            if (entry instanceof String name) {
                if (name.equals(SOCKET)) {
                    items = List.of();
                    declaredAt.add(i);
                }
            } else if (entry instanceof Map<?, ?> keyed && keyed.size() == 1) {
                if (keyed.containsKey(SOCKET)) {
                    items = ruleItems(keyed.get(SOCKET));
                    declaredAt.add(i);
                }
            } else {
                throw new IllegalArgumentException("Invalid value for 'permissions[" + i + "]'.");
            }
        }
        return new Found(items, duplicateWarnings(declaredAt));
    }

    private static List<?> ruleItems(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> rules) {
            return rules;
        }
        throw new IllegalArgumentException(NOT_A_LIST_ERROR);
    }

    private static List<String> duplicateWarnings(List<Integer> declaredAt) {
        if (declaredAt.size() < 2) {
            return List.of();
        }
        return List.of("Permission 'socket' is declared " + declaredAt.size() + " times (permissions"
                + declaredAt + "); only the last one, permissions[" + declaredAt.getLast() + "], is used.");
    }
}
