package org.socketworkbench.script.runtime;

import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.socketworkbench.script.ConsoleLevel;
import org.socketworkbench.script.ConsoleLine;
import org.socketworkbench.script.ConsoleSink;

/** The script's {@code console}: log, info, debug, warn and error, each line to a {@link ConsoleSink}. */
public final class JsConsole {

    private final ConsoleSink sink;

    public JsConsole(ConsoleSink sink) {
        this.sink = sink;
    }

    /** Defines {@code console} in {@code scope}. */
    public void install(ScriptableObject scope) {
        ScriptableObject console = Js.newObject(scope);
        define(scope, console, "log", ConsoleLevel.LOG);
        define(scope, console, "debug", ConsoleLevel.LOG);
        define(scope, console, "info", ConsoleLevel.INFO);
        define(scope, console, "warn", ConsoleLevel.WARN);
        define(scope, console, "error", ConsoleLevel.ERROR);
        scope.defineProperty("console", console, ScriptableObject.DONTENUM);
    }

    private void define(Scriptable scope, ScriptableObject console, String name, ConsoleLevel level) {
        Js.defineFunction(console, name, 0, args -> {
            print(level, ConsoleFormat.format(scope, args));
            return Undefined.instance;
        });
    }

    /** Prints a line as if the script had (Chrome's own warnings, runtime notes). */
    public void print(ConsoleLevel level, String text) {
        sink.accept(new ConsoleLine(level, text));
    }
}
