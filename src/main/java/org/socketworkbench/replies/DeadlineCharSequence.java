package org.socketworkbench.replies;

/**
 * The text a regex runs over, which stops the match once its deadline passes: java.util.regex
 * backtracks without a limit (a pattern like {@code (a+)+$} on 30 'a's takes minutes), and every
 * step reads a character through {@link #charAt}, so checking the clock there bounds any pattern.
 * The clock is read every {@value #CHECK_EVERY} characters to keep the cost small.
 */
final class DeadlineCharSequence implements CharSequence {

    private static final int CHECK_EVERY = 1024;

    private final String text;
    private final int start;
    private final int end;
    private final long deadlineNanos;
    private int untilCheck = CHECK_EVERY;

    DeadlineCharSequence(String text, long deadlineNanos) {
        this(text, 0, text.length(), deadlineNanos);
    }

    private DeadlineCharSequence(String text, int start, int end, long deadlineNanos) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck <= 0) {
            untilCheck = CHECK_EVERY;
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new MatchTimeoutException();
            }
        }
        return text.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new DeadlineCharSequence(text, start + from, start + to, deadlineNanos);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
