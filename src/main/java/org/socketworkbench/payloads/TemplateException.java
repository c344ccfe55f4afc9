package org.socketworkbench.payloads;

import org.socketworkbench.i18n.Texts;

/**
 * A payload template that cannot be compiled: an unknown macro, a bad argument, a capture the
 * pattern does not have, or text that is not valid in the payload format. The message names the
 * problem and its 1-based position ("Unknown macro {{FOO}} at position 7; ..."); {@link #index()}
 * is where an editor puts the caret.
 */
public final class TemplateException extends IllegalArgumentException {

    /** Marks where a problem's text names the position (the words differ by language). */
    static final String POSITION = "%POS%";

    private final int index;

    TemplateException(String problem, int index) {
        super(problem.replace(POSITION, Texts.get("composer.template.position", index + 1)));
        this.index = index;
    }

    /** 0-based index of the offending character in the template text. */
    public int index() {
        return index;
    }

    /** 1-based position, as the message says it. */
    public int position() {
        return index + 1;
    }
}
