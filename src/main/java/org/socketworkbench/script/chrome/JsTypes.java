package org.socketworkbench.script.chrome;

import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;

/**
 * The type names Chrome's argument validation gives JavaScript values ({@code json_schema.js}
 * {@code getType}): {@code null}, {@code undefined}, {@code string}, {@code boolean},
 * {@code integer} (a number with no fraction), {@code number}, {@code array}, {@code binary} (an
 * ArrayBuffer; typed arrays are {@code object}), {@code function}, {@code object}, and the rest of
 * {@code typeof}'s answers.
 */
final class JsTypes {

    private JsTypes() {
    }

    static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        String type = ScriptRuntime.typeof(value);
        return switch (type) {
            case "number" -> ((Number) value).doubleValue() % 1 == 0 ? "integer" : "number";
            case "object" -> value instanceof NativeArray ? "array"
                    : value instanceof NativeArrayBuffer ? "binary" : "object";
            default -> type;
        };
    }

    /** Whether {@code value} counts as "not given" for an optional parameter or property. */
    static boolean isAbsent(Object value) {
        return value == null || Undefined.isUndefined(value);
    }
}
