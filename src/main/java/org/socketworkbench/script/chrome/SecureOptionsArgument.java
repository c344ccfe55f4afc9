package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Scriptable;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.TLSVersionConstraints;

/** Reads the {@code SecureOptions} dictionary of {@code secure()} (already validated against its schema). */
final class SecureOptionsArgument {

    private SecureOptionsArgument() {
    }

    /** The engine's options; null when the script passed none. */
    static SecureOptions read(Scriptable options) {
        if (options == null) {
            return null;
        }
        if (!(options.get("tlsVersion", options) instanceof Scriptable bounds)) {
            return new SecureOptions(null);
        }
        return new SecureOptions(new TLSVersionConstraints(text(bounds, "min"), text(bounds, "max")));
    }

    private static String text(Scriptable object, String name) {
        Object value = object.get(name, object);
        return value instanceof CharSequence text ? text.toString() : null;
    }
}
