package org.socketworkbench.script.runtime;

/**
 * Thrown into running JavaScript when its script is stopped. An {@link Error}, so that Rhino runs
 * neither {@code catch} nor {@code finally} blocks of the script for it.
 */
public final class ScriptStopped extends Error {

    private static final long serialVersionUID = 1L;

    public ScriptStopped() {
        super("script stopped", null, false, false);
    }
}
