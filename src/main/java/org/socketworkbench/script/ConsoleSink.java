package org.socketworkbench.script;

/**
 * Where a script's console lines go: standard output for {@code run}, the Console view's output
 * area in the GUI, a list in tests. Called on the script's event-loop thread, one line at a time;
 * an implementation that touches a UI must hand the line over to the UI thread.
 */
@FunctionalInterface
public interface ConsoleSink {
    void accept(ConsoleLine line);
}
