package org.socketworkbench.script.runtime;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.socketworkbench.script.ConsoleLevel;

/**
 * {@code chrome.runtime.lastError}: {@code {message}} only while a callback that carries an error
 * runs, {@code undefined} otherwise (contract §2.1). When the script did not read it during that
 * callback, the console gets Chrome's {@code Unchecked runtime.lastError while running <api>:
 * <message>} line.
 */
public final class JsLastError {

    private final Scriptable scope;
    private final JsConsole console;
    private Scriptable current;
    private boolean checked;

    public JsLastError(Scriptable scope, JsConsole console) {
        this.scope = scope;
        this.console = console;
    }

    /** Defines the {@code lastError} getter on {@code runtime} (the {@code chrome.runtime} object). */
    public void install(ScriptableObject runtime) {
        runtime.defineProperty(Context.getCurrentContext(), "lastError", self -> read(), ScriptableObject.EMPTY);
    }

    private Object read() {
        if (current == null) {
            return Undefined.instance;
        }
        checked = true;
        return current;
    }

    /**
     * Runs {@code callback} with lastError set to {@code message} (none when null), then reports
     * it as unchecked if the callback never looked.
     *
     * @param api the API function whose result this is, e.g. {@code socket.read}
     */
    public void runWith(String api, String message, Runnable callback) {
        if (message == null) {
            callback.run();
            return;
        }
        Scriptable outer = current;
        boolean outerChecked = checked;
        ScriptableObject error = Js.newObject(scope);
        error.put("message", error, message);
        current = error;
        checked = false;
        try {
            callback.run();
            if (!checked) {
                warnUnchecked(api, message);
            }
        } finally {
            current = outer;
            checked = outerChecked;
        }
    }

    /** Chrome's console line for an error the script never looked at. */
    public void warnUnchecked(String api, String message) {
        console.print(ConsoleLevel.WARN, "Unchecked runtime.lastError while running " + api + ": " + message);
    }
}
