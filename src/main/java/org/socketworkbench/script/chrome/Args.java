package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;
import org.socketworkbench.script.runtime.Js;

/**
 * The arguments of one API call after {@link SignatureChecker#normalize}: one per declared
 * parameter, types already checked, {@code null} where an optional one was left out.
 */
final class Args {

    private final Object[] values;

    Args(Object[] values) {
        this.values = values;
    }

    int integer(int index) {
        return ((Number) values[index]).intValue();
    }

    /** An optional integer, null when omitted. */
    Integer optionalInteger(int index) {
        return values[index] == null ? null : integer(index);
    }

    String string(int index) {
        return values[index] == null ? null : ScriptRuntime.toString(values[index]);
    }

    boolean bool(int index) {
        return (Boolean) values[index];
    }

    byte[] binary(int index) {
        return Js.bytesOf((NativeArrayBuffer) values[index]);
    }

    /** A callback, or null when an optional one was left out. */
    Callable function(int index) {
        return (Callable) values[index];
    }

    /** A dictionary argument, or null when omitted. */
    Scriptable object(int index) {
        return (Scriptable) values[index];
    }
}
