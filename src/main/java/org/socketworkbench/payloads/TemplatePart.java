package org.socketworkbench.payloads;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** One piece of a compiled template: fixed bytes, or a macro or capture that expands per send. */
sealed interface TemplatePart {

    void expand(ByteBuilder out, SendContext context, Charset charset);

    /** Whether it expands to the same bytes every time. */
    default boolean constant() {
        return false;
    }

    record Literal(byte[] bytes) implements TemplatePart {
        @Override
        public void expand(ByteBuilder out, SendContext context, Charset charset) {
            out.append(bytes);
        }

        @Override
        public boolean constant() {
            return true;
        }
    }

    /** A macro that expands to text, encoded in the template's charset. */
    record Text(Macro macro, DateTimeFormatter format) implements TemplatePart {
        @Override
        public void expand(ByteBuilder out, SendContext context, Charset charset) {
            out.append(text(context).getBytes(charset));
        }

        private String text(SendContext context) {
            Instant now = context.clock().instant();
            return switch (macro) {
                case COUNTER -> Long.toString(context.counter());
                case UUID -> new java.util.UUID(context.random().nextLong() & ~0xf000L | 0x4000L,
                        context.random().nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
                case DATE, TIME -> format.format(now.atZone(context.clock().getZone()));
                case UNIXTIME -> Long.toString(now.getEpochSecond());
                case UNIXTIME_MS -> Long.toString(now.toEpochMilli());
                case HOST -> context.hostName();
                default -> throw new IllegalStateException(macro + " is not a text macro"); // i18n-ok: a programming error, never shown
            };
        }
    }

    record RandomBytes(int count) implements TemplatePart {
        @Override
        public void expand(ByteBuilder out, SendContext context, Charset charset) {
            byte[] random = new byte[count];
            context.random().nextBytes(random);
            out.append(random);
        }
    }

    /**
     * A checksum over the bytes expanded so far from offset {@code from} (clamped to what is
     * there: a range that turns out empty gives the checksum of no bytes, never an error).
     */
    record ChecksumOf(Checksum checksum, int from, Checksum.ByteOrder order) implements TemplatePart {
        @Override
        public void expand(ByteBuilder out, SendContext context, Charset charset) {
            int start = Math.min(from, out.size());
            out.append(checksum.bytes(out.array(), start, out.size(), order));
        }
    }

    /** {@code $n}; {@code name} is null for a numbered group. */
    record Capture(int index, String name) implements TemplatePart {
        @Override
        public void expand(ByteBuilder out, SendContext context, Charset charset) {
            out.append(name == null ? context.captures().group(index) : context.captures().group(name));
        }
    }
}
