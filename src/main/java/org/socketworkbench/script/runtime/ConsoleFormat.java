package org.socketworkbench.script.runtime;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;
import org.mozilla.javascript.typedarrays.NativeTypedArrayView;

import java.util.StringJoiner;

/**
 * Turns the arguments of a {@code console.log} call into one line, the way a browser console
 * prints them as text: strings as they are, with {@code %s %d %i %f %o %O %c} substitutions when
 * the first argument is a string; objects and arrays as JSON; ArrayBuffers and typed arrays by
 * type and size.
 */
final class ConsoleFormat {

    private ConsoleFormat() {
    }

    static String format(Scriptable scope, Object[] args) {
        StringJoiner line = new StringJoiner(" ");
        int next = 0;
        if (args.length > 0 && args[0] instanceof CharSequence first) {
            StringBuilder text = new StringBuilder();
            next = substitute(scope, first.toString(), args, text);
            line.add(text);
        }
        for (int i = next; i < args.length; i++) {
            line.add(describe(scope, args[i]));
        }
        return line.toString();
    }

    /** Expands the format string; returns the index of the first argument it did not use. */
    private static int substitute(Scriptable scope, String format, Object[] args, StringBuilder out) {
        int used = 1;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            char spec = format.charAt(i + 1);
            if (spec == '%') {
                out.append('%');
                i++;
            } else if ("sdifoOc".indexOf(spec) >= 0 && used < args.length) {
                out.append(convert(scope, spec, args[used++]));
                i++;
            } else {
                out.append(c);
            }
        }
        return used;
    }

    private static String convert(Scriptable scope, char spec, Object value) {
        return switch (spec) {
            case 'd', 'i' -> {
                double number = ScriptRuntime.toNumber(value);
                yield Double.isNaN(number) ? "NaN" : ScriptRuntime.numberToString(Math.floor(number), 10);
            }
            case 'f' -> ScriptRuntime.numberToString(ScriptRuntime.toNumber(value), 10);
            case 'c' -> "";
            case 's' -> value instanceof CharSequence ? value.toString() : describe(scope, value);
            default -> describe(scope, value);
        };
    }

    /** One value as text. */
    static String describe(Scriptable scope, Object value) {
        if (value == null) {
            return "null";
        }
        if (Undefined.isUndefined(value)) {
            return "undefined";
        }
        if (value instanceof NativeArrayBuffer buffer) {
            return "ArrayBuffer(" + buffer.getLength() + ")";
        }
        if (value instanceof NativeTypedArrayView<?> view) {
            return view.getClassName() + "(" + view.size() + ") " + elements(scope, view);
        }
        if (value instanceof Callable || !(value instanceof Scriptable object) || "Error".equals(object.getClassName())) {
            return ScriptRuntime.toString(value);
        }
        return json(scope, value);
    }

    private static String elements(Scriptable scope, NativeTypedArrayView<?> view) {
        StringJoiner items = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < view.size(); i++) {
            items.add(describe(scope, view.get(i)));
        }
        return items.toString();
    }

    private static String json(Scriptable scope, Object value) {
        try {
            Object text = NativeJSON.stringify(Context.getCurrentContext(), scope, value, null, null);
            if (text instanceof CharSequence json) {
                return json.toString();
            }
        } catch (RuntimeException e) {
            // a cycle or a throwing toJSON: fall back to the value's own text
        }
        return ScriptRuntime.toString(value);
    }
}
