package org.socketworkbench.engine.internal;

/** Malformed JSON: what is wrong and where (1-based line and column, 0-based character offset). */
public final class JsonSyntaxException extends IllegalArgumentException {

    private final String problem;
    private final int offset;
    private final int line;
    private final int column;

    JsonSyntaxException(String problem, int offset, int line, int column) {
        super(problem + " at line " + line + ", column " + column + " (character " + offset + ")");
        this.problem = problem;
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    /** The 0-based index of the offending character in the text. */
    public int offset() {
        return offset;
    }

    /** The 1-based line of the offending character. */
    public int line() {
        return line;
    }

    /** The 1-based column of the offending character within its line. */
    public int column() {
        return column;
    }
}
