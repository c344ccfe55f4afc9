package org.socketworkbench.script;

import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptStackElement;
import org.mozilla.javascript.WrappedException;

/** Turns what a script threw into a {@link ScriptError} with the script's file and line. */
final class ScriptErrors {

    private ScriptErrors() {
    }

    /**
     * @param scriptName the script's name: when the error surfaced in runtime code (a prelude),
     *                   the line reported is the script's innermost line on the stack
     */
    static ScriptError from(Throwable error, String scriptName) {
        if (!(error instanceof RhinoException rhino)) {
            return new ScriptError(scriptName, 0, "InternalError: " + error); // i18n-ok: JavaScript's own error name
        }
        int line = rhino.lineNumber();
        if (!scriptName.equals(rhino.sourceName())) {
            line = 0;
            for (ScriptStackElement frame : rhino.getScriptStack()) {
                if (scriptName.equals(frame.fileName)) {
                    line = frame.lineNumber;
                    break;
                }
            }
        }
        return new ScriptError(scriptName, line, message(rhino));
    }

    private static String message(RhinoException error) {
        if (error instanceof EvaluatorException) {
            return "SyntaxError: " + error.details(); // i18n-ok: JavaScript's own error name
        }
        if (error instanceof WrappedException wrapped) {
            return "InternalError: " + wrapped.getWrappedException(); // i18n-ok: JavaScript's own error name
        }
        return error.details();
    }
}
