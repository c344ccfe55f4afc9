package org.socketworkbench.script;

/**
 * How loud a console line is and where it comes from: the script's {@code console.log}/{@code info},
 * a {@code warn} or {@code error}, or a {@link #NOTE} of the runtime itself (which permissions
 * apply), which is not the script's output.
 */
public enum ConsoleLevel {
    LOG, INFO, WARN, ERROR, NOTE;

    /** Whether the line reports a problem. */
    public boolean isProblem() {
        return this == WARN || this == ERROR;
    }

    /** Whether the script printed it as output: headless {@code run} writes these to standard output, the rest to standard error. */
    public boolean isScriptOutput() {
        return this == LOG || this == INFO;
    }
}
