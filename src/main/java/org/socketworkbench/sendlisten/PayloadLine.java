package org.socketworkbench.sendlisten;

import org.socketworkbench.engine.TrafficEvent;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One payload {@code listen} received, as it prints it: the time, the peer, the length and the
 * bytes as text (valid UTF-8 without control characters other than tab, CR and LF, which are
 * written as \t \r \n) or else as hex. {@code --json} prints the same as one JSON object per line.
 *
 * @param time   when it arrived (ISO-8601, UTC)
 * @param peer   address:port of the sender
 * @param length the payload's bytes
 * @param text   the payload as text, or null when it is not text
 * @param hex    the payload in hex when it is not text, else null
 */
public record PayloadLine(String time, String peer, int length, String text, String hex) {

    static PayloadLine of(TrafficEvent event) {
        long nanos = event.timestampNanos();
        String time = Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L).toString();
        String peer = (event.peerAddress().contains(":") ? "[" + event.peerAddress() + "]" : event.peerAddress())
                + ":" + event.peerPort();
        String text = text(event.payload());
        return new PayloadLine(time, peer, event.payload().length, text,
                text == null ? HexFormat.of().formatHex(event.payload()) : null);
    }

    /** "2026-12-02T14:50:01.123456Z 127.0.0.1:40000 5 text ping\n" */
    String describe() {
        return time + " " + peer + " " + length + " " + (text != null ? "text " + escaped(text) : "hex " + hex);
    }

    private static String text(byte[] bytes) {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            boolean plain = decoded.chars().allMatch(c -> c == '\t' || c == '\r' || c == '\n' || !Character.isISOControl(c));
            return plain ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
