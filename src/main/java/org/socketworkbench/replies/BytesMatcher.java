package org.socketworkbench.replies;

import org.socketworkbench.payloads.CaptureGroups;
import org.socketworkbench.payloads.Captures;
import org.socketworkbench.traffic.ByteSearch;

import java.util.Arrays;

/**
 * Exact / contains / starts with / ends with, compared byte by byte (text patterns are encoded
 * in the rule set's charset first): linear in the message, nothing to time out. {@code $0} is
 * the matched bytes.
 */
record BytesMatcher(MatchType type, byte[] needle) implements MessageMatcher {

    @Override
    public Captures match(byte[] body, long deadlineNanos) {
        boolean matches = switch (type) {
            case EXACT -> Arrays.equals(body, needle);
            case STARTS_WITH -> body.length >= needle.length && Arrays.equals(body, 0, needle.length, needle, 0, needle.length);
            case ENDS_WITH -> body.length >= needle.length
                    && Arrays.equals(body, body.length - needle.length, body.length, needle, 0, needle.length);
            case CONTAINS -> ByteSearch.contains(body, needle);
            case REGEX -> throw new IllegalStateException("a regex is a RegexMatcher"); // i18n-ok: a programming error
        };
        return matches ? new WholeMatch(needle) : null;
    }

    @Override
    public CaptureGroups groups() {
        return CaptureGroups.WHOLE_MATCH_ONLY;
    }

    private record WholeMatch(byte[] bytes) implements Captures {
        @Override
        public byte[] group(int index) {
            return index == 0 ? bytes.clone() : new byte[0];
        }

        @Override
        public byte[] group(String name) {
            return new byte[0];
        }
    }
}
