package org.socketworkbench.traffic;

/**
 * The user's payload text cannot be turned into bytes. The message says what is wrong, where
 * (1-based character position) and with which character.
 */
public final class PayloadFormatException extends IllegalArgumentException {

    private final int position;

    PayloadFormatException(String problem, int index, char character) {
        super(problem + " at position " + (index + 1) + " (" + describe(character) + ")");
        this.position = index + 1;
    }

    PayloadFormatException(String problem, int index) {
        super(problem + " at position " + (index + 1));
        this.position = index + 1;
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
            case ' ' -> "a space";
            case '\n' -> "a line break";
            case '\t' -> "a tab";
            default -> String.format("character U+%04X", (int) c);
        };
    }
}
