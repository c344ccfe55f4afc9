package org.socketworkbench.script;

/**
 * An error that ended a script: a JavaScript exception nobody caught, or a syntax error.
 *
 * @param source  the script's name (its file name)
 * @param line    the 1-based line it happened on, or 0 when unknown
 * @param message what happened, as JavaScript names it ({@code TypeError: ...}, {@code Error: ...})
 */
public record ScriptError(String source, int line, String message) {

    /** {@code app.js:12: Error: boom}, the form {@code run} prints. */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
    }
}
