package org.socketworkbench.script;

import java.util.Objects;

/**
 * One line a script's console produced: a {@code console.*} call, a Chrome warning such as
 * {@code Unchecked runtime.lastError ...}, a note of the runtime, or an uncaught error.
 *
 * @param level how loud it is
 * @param text  the text, already formatted
 */
public record ConsoleLine(ConsoleLevel level, String text) {

    public ConsoleLine {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }
}
