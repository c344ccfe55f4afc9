package org.socketworkbench.script;

/** How loud a console line is: {@code console.log}/{@code info} versus {@code warn} and {@code error}. */
public enum ConsoleLevel {
    LOG, INFO, WARN, ERROR;

    /** Whether the line reports a problem (headless prints it to standard error). */
    public boolean isProblem() {
        return this == WARN || this == ERROR;
    }
}
