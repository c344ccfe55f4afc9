package org.socketworkbench.script.runtime;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;

import java.util.Arrays;
import java.util.List;

/**
 * Small helpers for host code that builds JavaScript values. Everything here runs on the script's
 * event-loop thread, where the script's Rhino context is current.
 */
public final class Js {

    /** The body of a host function: gets the arguments exactly as the script passed them. */
    @FunctionalInterface
    public interface HostBody {
        Object call(Object[] args);
    }

    private Js() {
    }

    /** Defines {@code target.name} as a host function (not enumerable, like built-ins). */
    public static void defineFunction(ScriptableObject target, String name, int arity, HostBody body) {
        LambdaFunction function = new LambdaFunction(target, name, arity,
                (cx, scope, thisObj, args) -> body.call(args));
        target.defineProperty(name, function, ScriptableObject.DONTENUM);
    }

    /** A plain object {@code {}}. */
    public static ScriptableObject newObject(Scriptable scope) {
        return (ScriptableObject) Context.getCurrentContext().newObject(scope);
    }

    /** A JavaScript array of {@code items} (already JavaScript values). */
    public static Scriptable newArray(Scriptable scope, List<?> items) {
        return Context.getCurrentContext().newArray(scope, items.toArray());
    }

    /** A new ArrayBuffer holding a copy of {@code bytes}. */
    public static Scriptable newArrayBuffer(Scriptable scope, byte[] bytes) {
        NativeArrayBuffer buffer = (NativeArrayBuffer) Context.getCurrentContext()
                .newObject(scope, "ArrayBuffer", new Object[] {bytes.length});
        System.arraycopy(bytes, 0, buffer.getBuffer(), 0, bytes.length);
        return buffer;
    }

    /** A copy of an ArrayBuffer's bytes. */
    public static byte[] bytesOf(NativeArrayBuffer buffer) {
        return Arrays.copyOf(buffer.getBuffer(), buffer.getLength());
    }

    /** An {@code Error} with {@code message}, carrying the script's current file and line. */
    public static RuntimeException error(String message) {
        return ScriptRuntime.constructError("Error", message);
    }

    /** A {@code TypeError} with {@code message}. */
    public static RuntimeException typeError(String message) {
        return ScriptRuntime.typeError(message);
    }

    /** A {@code RangeError} with {@code message}. */
    public static RuntimeException rangeError(String message) {
        return ScriptRuntime.rangeError(message);
    }
}
