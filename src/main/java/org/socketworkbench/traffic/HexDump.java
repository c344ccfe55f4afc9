package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

/**
 * The canonical hex dump (Wireshark's "Packet Bytes" layout): an offset column, 16 bytes per line
 * as two groups of 8, and an ASCII gutter with '.' for bytes that are not printable ASCII.
 * <pre>
 * 0000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a         Hello, w orld!.
 * </pre>
 */
public final class HexDump {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    private static final int BYTES_PER_LINE = 16;

    private HexDump() {
    }

    /** The whole array, one line per 16 bytes, lines ending in '\n'; "" for no bytes. */
    public static String format(byte[] bytes) {
        return format(bytes, bytes.length);
    }

    /**
     * At most the first {@code maxBytes} bytes; when the array is longer a last line says how
     * many bytes were left out.
     */
    public static String format(byte[] bytes, int maxBytes) {
        int shown = Math.min(bytes.length, Math.max(0, maxBytes));
        int offsetDigits = Math.max(4, hexDigits(Math.max(0, shown - 1)));
        StringBuilder out = new StringBuilder((shown / BYTES_PER_LINE + 2) * (offsetDigits + 70));
        for (int line = 0; line < shown; line += BYTES_PER_LINE) {
            appendLine(out, bytes, line, Math.min(BYTES_PER_LINE, shown - line), offsetDigits);
        }
        if (shown < bytes.length) {
            out.append(Texts.get("traffic.hexDump.more", bytes.length - shown, bytes.length)).append('\n');
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, byte[] bytes, int offset, int count, int offsetDigits) {
        for (int shift = (offsetDigits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(DIGITS[(offset >>> shift) & 0xf]);
        }
        out.append(' ');
        for (int i = 0; i < BYTES_PER_LINE; i++) {
            out.append(i == 8 ? "  " : " ");
            if (i < count) {
                int b = bytes[offset + i] & 0xff;
                out.append(DIGITS[b >>> 4]).append(DIGITS[b & 0xf]);
            } else {
                out.append("  ");
            }
        }
        out.append("   ");
        for (int i = 0; i < count; i++) {
            if (i == 8) {
                out.append(' ');
            }
            out.append(printable(bytes[offset + i]));
        }
        out.append('\n');
    }

    /** The byte as an ASCII character, or '.' when it is not printable ASCII. */
    static char printable(byte b) {
        return b >= 0x20 && b < 0x7f ? (char) b : '.';
    }

    private static int hexDigits(int value) {
        return Math.max(1, (32 - Integer.numberOfLeadingZeros(value) + 3) / 4);
    }
}
