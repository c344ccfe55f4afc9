package org.socketworkbench.script.runtime;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

import java.util.Arrays;

/**
 * {@code setTimeout}, {@code setInterval}, {@code clearTimeout} and {@code clearInterval} on the
 * script's event loop. Extra arguments are passed to the callback; the two clear functions share
 * one id space, as in browsers. Intervals run at least a millisecond apart.
 */
public final class JsTimers {

    private final ScriptLoop loop;

    public JsTimers(ScriptLoop loop) {
        this.loop = loop;
    }

    /** Defines the four functions in {@code scope}. */
    public void install(ScriptableObject scope) {
        Js.defineFunction(scope, "setTimeout", 2, args -> start(scope, "setTimeout", args, false));
        Js.defineFunction(scope, "setInterval", 2, args -> start(scope, "setInterval", args, true));
        Js.defineFunction(scope, "clearTimeout", 1, this::clear);
        Js.defineFunction(scope, "clearInterval", 1, this::clear);
    }

    private Object start(Scriptable scope, String name, Object[] args, boolean repeat) {
        if (args.length == 0 || !(args[0] instanceof Callable callback)) {
            throw Js.typeError(name + ": the first argument must be a function");
        }
        double delay = args.length > 1 ? ScriptRuntime.toNumber(args[1]) : 0;
        long millis = Double.isNaN(delay) || delay < 0 ? 0 : (long) Math.min(delay, Integer.MAX_VALUE);
        Object[] extra = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : ScriptRuntime.emptyArgs;
        Runnable body = () -> callback.call(Context.getCurrentContext(), scope, scope, extra);
        return loop.setTimer(millis, repeat ? Math.max(1, millis) : 0, body);
    }

    private Object clear(Object[] args) {
        if (args.length > 0 && !Undefined.isUndefined(args[0]) && args[0] != null) {
            double id = ScriptRuntime.toNumber(args[0]);
            if (id == Math.rint(id) && id > 0 && id <= Integer.MAX_VALUE) {
                loop.clearTimer((int) id);
            }
        }
        return Undefined.instance;
    }
}
