package org.socketworkbench.payloads;

import org.socketworkbench.traffic.PayloadFormat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A payload with macros, checksums and (in reply templates) regex captures, compiled once and
 * expanded per send: a pure function from template text to bytes for a given {@link SendContext}.
 * The composer's preview, repeated sends ({@code SendJob}), presets and reply rules all use it.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * PayloadTemplate t = PayloadTemplate.compile("01 03 00 {{COUNTER}} {{CRC16_MODBUS}}", PayloadFormat.HEX, UTF_8);
 * byte[] first = t.expand(SendContext.system(1));      // throws nothing once compiled
 * // an error while typing: TemplateException e -> e.index() (caret), e.getMessage() (with the position)
 * }</pre>
 *
 * <h2>Syntax</h2>
 * The text between macros is read in the template's {@link PayloadFormat}: text in the chosen
 * charset, hex bytes, or text with escapes ({@code \r \n \t \0 \\ \xNN}). Macros, in upper case:
 * <ul>
 * <li>{@code {{COUNTER}}}: the send's counter in decimal; a send job counts from its
 *     {@link CounterSequence} start by its step, a reply rule counts its hits (1, 2, ...).</li>
 * <li>{@code {{RANDOM}}}, {@code {{RANDOM:n}}}: one or n (1..65535) random bytes.</li>
 * <li>{@code {{UUID}}}: a random (version 4) UUID as text.</li>
 * <li>{@code {{DATE}}} ({@code yyyy-MM-dd}), {@code {{TIME}}} ({@code HH:mm:ss}), or
 *     {@code {{DATE:pattern}}} / {@code {{TIME:pattern}}} with a java.time pattern; local zone.</li>
 * <li>{@code {{UNIXTIME}}}, {@code {{UNIXTIME_MS}}}: seconds / milliseconds since the epoch.</li>
 * <li>{@code {{HOST}}}: this machine's host name.</li>
 * <li>{@code {{CRC16_MODBUS}}} (low byte first), {@code {{CRC16_CCITT}}} (CCITT-FALSE, high byte
 *     first), {@code {{CRC32}}} (high byte first), {@code {{XOR8}}}, {@code {{SUM8}}}: the checksum
 *     of every byte before it (including what earlier macros produced). Options after a colon:
 *     the offset of the first byte covered and/or the byte order, e.g. {@code {{CRC16_CCITT:1,LE}}}.</li>
 * </ul>
 * Text macros (counter, UUID, date, time, host) produce their text in the charset, in every
 * format. Reply templates ({@link #compileReply}) also take the groups of their rule's match:
 * {@code $0} (the whole match), {@code $1}..{@code $9}, {@code ${name}}, {@code ${12}}; {@code $$}
 * is a '$', and a '$' before anything else is plain text. In other templates '$' is always text.
 * Two opening braces always open a macro; send literal braces as hex 7b or the escape \x7b.
 *
 * <h2>Guarantees</h2>
 * Every error is found by {@code compile} (a {@link TemplateException} with its position), so an
 * accepted template always expands; a checksum offset past the bytes there gives the checksum of
 * no bytes. Instances are immutable and thread-safe; a {@link SendContext} is not shared between
 * threads (its random source is not thread-safe).
 */
public final class PayloadTemplate {

    private final String text;
    private final PayloadFormat format;
    private final Charset charset;
    private final List<TemplatePart> parts;
    private final byte[] constant;

    private PayloadTemplate(String text, PayloadFormat format, Charset charset, List<TemplatePart> parts) {
        this.text = text;
        this.format = format;
        this.charset = charset;
        this.parts = List.copyOf(parts);
        this.constant = this.parts.stream().allMatch(TemplatePart::constant) ? expandParts(null) : null;
    }

    /**
     * A payload template for the composer, presets and repeated sends ('$' is plain text).
     *
     * @throws TemplateException at the first problem
     */
    public static PayloadTemplate compile(String text, PayloadFormat format, Charset charset) {
        return new PayloadTemplate(text, format, charset, new TemplateParser(text, format, charset, null).parse());
    }

    /**
     * A reply template, which may also use the captures of its rule's pattern.
     *
     * @throws TemplateException at the first problem, including a group the pattern lacks
     */
    public static PayloadTemplate compileReply(String text, PayloadFormat format, Charset charset, CaptureGroups groups) {
        Objects.requireNonNull(groups, "groups");
        return new PayloadTemplate(text, format, charset, new TemplateParser(text, format, charset, groups).parse());
    }

    /** Fixed bytes as a template (no macros). */
    public static PayloadTemplate literal(byte[] bytes) {
        return new PayloadTemplate("", PayloadFormat.HEX, StandardCharsets.UTF_8,
                bytes.length == 0 ? List.of() : List.of(new TemplatePart.Literal(bytes.clone())));
    }

    /** The bytes for one send. Never throws for a compiled template. */
    public byte[] expand(SendContext context) {
        return constant != null ? constant.clone() : expandParts(context);
    }

    /** Whether every expansion gives the same bytes (no macros, no captures). */
    public boolean isConstant() {
        return constant != null;
    }

    public String text() {
        return text;
    }

    public PayloadFormat format() {
        return format;
    }

    public Charset charset() {
        return charset;
    }

    private byte[] expandParts(SendContext context) {
        ByteBuilder out = new ByteBuilder(64);
        for (TemplatePart part : parts) {
            part.expand(out, context, charset);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "PayloadTemplate[" + format + ", " + charset + ", " + text + "]"; // i18n-ok: for developers
    }
}
