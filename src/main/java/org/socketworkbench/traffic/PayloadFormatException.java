package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

/**
 * The user's payload text cannot be turned into bytes. The message says what is wrong, where
 * (1-based character position) and with which character.
 */
public final class PayloadFormatException extends IllegalArgumentException {

    private final int position;
    private final String problem;
    private final String character;

    PayloadFormatException(String problem, int index, char character) {
        this(problem, index, Texts.get("traffic.parse.character", describe(character)));
    }

    PayloadFormatException(String problem, int index) {
        this(problem, index, "");
    }

    private PayloadFormatException(String problem, int index, String character) {
        super(Texts.get("traffic.parse.at", problem, index + 1, character));
        this.position = index + 1;
        this.problem = problem;
        this.character = character;
    }

    /**
     * The same problem in a longer text whose part this was, starting {@code offset} characters
     * in (payload templates parse the text between their macros separately).
     */
    public PayloadFormatException shiftedBy(int offset) {
        return new PayloadFormatException(problem, position - 1 + offset, character);
    }

    /** 1-based position of the offending character in the input. */
    public int position() {
        return position;
    }

    private static String describe(char c) {
        if (c >= 0x21 && c < 0x7f || Character.isLetterOrDigit(c)) {
            return "'" + c + "'";
        }
        return switch (c) {
            case ' ' -> Texts.get("traffic.parse.space");
            case '\n' -> Texts.get("traffic.parse.lineBreak");
            case '\t' -> Texts.get("traffic.parse.tab");
            default -> Texts.get("traffic.parse.codePoint", String.format("U+%04X", (int) c));
        };
    }
}
