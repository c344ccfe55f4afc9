package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.socketworkbench.script.runtime.Js;

import java.util.ArrayList;
import java.util.List;

/**
 * A Chrome event object such as {@code chrome.sockets.tcp.onReceive}: {@code addListener},
 * {@code removeListener}, {@code hasListener} and {@code hasListeners}; listeners run in the order
 * they were added. Event-loop thread only.
 */
final class JsEvent {

    private final Scriptable scope;
    private final ScriptableObject object;
    private final List<Callable> listeners = new ArrayList<>();

    JsEvent(Scriptable scope) {
        this.scope = scope;
        this.object = Js.newObject(scope);
        Js.defineFunction(object, "addListener", 1, args -> {
            Callable listener = listener(args);
            if (!listeners.contains(listener)) {
                listeners.add(listener);
            }
            return Undefined.instance;
        });
        Js.defineFunction(object, "removeListener", 1, args -> {
            listeners.remove(listener(args));
            return Undefined.instance;
        });
        Js.defineFunction(object, "hasListener", 1, args -> listeners.contains(listener(args)));
        Js.defineFunction(object, "hasListeners", 0, args -> !listeners.isEmpty());
    }

    private static Callable listener(Object[] args) {
        if (args.length == 0 || !(args[0] instanceof Callable listener)) {
            throw Js.error("Invocation of form event.addListener(" + (args.length == 0 ? "" : JsTypes.typeOf(args[0]))
                    + ") doesn't match definition event.addListener(function callback)");
        }
        return listener;
    }

    ScriptableObject object() {
        return object;
    }

    /** Calls every listener with {@code info}. */
    void dispatch(Object info) {
        for (Callable listener : List.copyOf(listeners)) {
            listener.call(Context.getCurrentContext(), scope, scope, new Object[] {info});
        }
    }
}
