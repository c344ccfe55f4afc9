package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.socketworkbench.script.runtime.Js;

import java.util.function.Consumer;

/**
 * A namespace object such as {@code chrome.socket}: each function checks its arguments as Chrome
 * does before the binding sees them.
 */
final class ApiObject {

    private final ScriptableObject object;

    ApiObject(Scriptable scope) {
        this.object = Js.newObject(scope);
    }

    /** Adds {@code function} to the namespace; {@code body} gets the normalized arguments. */
    void define(ApiFunction function, Consumer<Args> body) {
        Js.defineFunction(object, function.shortName(), function.params().size(), args -> {
            body.accept(new Args(SignatureChecker.normalize(function, args)));
            return Undefined.instance;
        });
    }

    /** Adds a plain property (an event object, a nested namespace). */
    void put(String name, Object value) {
        object.defineProperty(name, value, ScriptableObject.READONLY);
    }

    ScriptableObject object() {
        return object;
    }
}
