package org.socketworkbench.replies;

import org.socketworkbench.payloads.CaptureGroups;
import org.socketworkbench.payloads.Captures;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex found anywhere in the message (text in the charset, or the bytes as hex pairs, see
 * {@link MatchOn#HEX}), bounded in time by {@link DeadlineCharSequence}. Groups come back as
 * bytes: text groups encoded in the charset, hex groups decoded (a half byte at the end is dropped).
 */
record RegexMatcher(Pattern pattern, MatchOn on, Charset charset) implements MessageMatcher {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Override
    public Captures match(byte[] body, long deadlineNanos) {
        String text = on == MatchOn.TEXT ? new String(body, charset) : HEX.formatHex(body);
        Matcher matcher = pattern.matcher(new DeadlineCharSequence(text, deadlineNanos));
        if (!matcher.find()) {
            return null;
        }
        String[] numbered = new String[matcher.groupCount() + 1];
        for (int i = 0; i < numbered.length; i++) {
            numbered[i] = matcher.group(i);
        }
        Map<String, String> named = new HashMap<>();
        pattern.namedGroups().keySet().forEach(name -> named.put(name, matcher.group(name)));
        return new Groups(numbered, named);
    }

    @Override
    public CaptureGroups groups() {
        return new CaptureGroups(pattern.matcher("").groupCount(), pattern.namedGroups().keySet());
    }

    private byte[] bytes(String group) {
        if (group == null) {
            return new byte[0];
        }
        if (on == MatchOn.TEXT) {
            return group.getBytes(charset);
        }
        StringBuilder digits = new StringBuilder(group.length());
        group.chars().filter(c -> Character.digit(c, 16) >= 0 && c < 0x80).forEach(c -> digits.append((char) c));
        digits.setLength(digits.length() & ~1);
        return HexFormat.of().parseHex(digits);
    }

    private final class Groups implements Captures {
        private final String[] numbered;
        private final Map<String, String> named;

        Groups(String[] numbered, Map<String, String> named) {
            this.numbered = numbered;
            this.named = named;
        }

        @Override
        public byte[] group(int index) {
            return index < numbered.length ? bytes(numbered[index]) : new byte[0];
        }

        @Override
        public byte[] group(String name) {
            return bytes(named.get(name));
        }
    }
}
