package org.socketworkbench.payloads;

import org.socketworkbench.i18n.Texts;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.PayloadFormatException;
import org.socketworkbench.traffic.PayloadParser;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts template text into parts: the text between macros and captures is parsed in the payload
 * format (so {@code 01 03 {{CRC16_MODBUS}}} works in hex and {@code \r\n} in escapes), each macro
 * and capture is checked once. Every error names its position in the whole text.
 */
final class TemplateParser {

    static final int MAX_RANDOM = 65535;
    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    /** Where {@link TemplateException} puts the position. */
    private static final String POS = TemplateException.POSITION;

    private final String text;
    private final PayloadFormat format;
    private final Charset charset;
    private final CaptureGroups groups;
    private final List<TemplatePart> parts = new ArrayList<>();
    private int literalStart;

    /** @param groups the captures allowed, or null when {@code $} is plain text (no reply template) */
    TemplateParser(String text, PayloadFormat format, Charset charset, CaptureGroups groups) {
        this.text = text;
        this.format = format;
        this.charset = charset;
        this.groups = groups;
    }

    List<TemplatePart> parse() {
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(OPEN, i)) {
                flushLiteral(i);
                i = macro(i);
                literalStart = i;
            } else if (groups != null && text.charAt(i) == '$' && i + 1 < text.length()) {
                int end = capture(i);
                if (end > i) {
                    literalStart = end;
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        flushLiteral(text.length());
        return parts;
    }

    private void flushLiteral(int end) {
        if (end > literalStart) {
            String piece = text.substring(literalStart, end);
            try {
                byte[] bytes = PayloadParser.parse(piece, format, charset);
                if (bytes.length > 0) {
                    parts.add(new TemplatePart.Literal(bytes));
                }
            } catch (PayloadFormatException e) {
                PayloadFormatException whole = e.shiftedBy(literalStart);
                throw new TemplateException(whole.getMessage(), whole.position() - 1);
            }
        }
        literalStart = end;
    }

    /** The macro opening at {@code open}; returns the index after its closing braces. */
    private int macro(int open) {
        int close = text.indexOf(CLOSE, open + OPEN.length());
        if (close < 0) {
            throw new TemplateException(Texts.get("composer.template.unclosed", POS, "{{", "}}"), open);
        }
        String body = text.substring(open + OPEN.length(), close);
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        String argument = colon < 0 ? null : body.substring(colon + 1);
        int argumentIndex = open + OPEN.length() + colon + 1;
        Macro macro = Macro.named(name).orElseThrow(() -> new TemplateException(Texts.get("composer.template.unknownMacro", "{{" + name + "}}", POS, suggestion(name), Macro.names()), open));
        parts.add(part(macro, argument, argumentIndex));
        return close + CLOSE.length();
    }

    private static String suggestion(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return !upper.equals(name) && Macro.named(upper).isPresent() ? Texts.get("composer.template.upperCase", "{{" + upper + "}}") : "";
    }

    private TemplatePart part(Macro macro, String argument, int at) {
        Optional<Checksum> checksum = macro.checksum();
        if (checksum.isPresent()) {
            return checksumPart(checksum.get(), argument, at);
        }
        return switch (macro) {
            case RANDOM -> new TemplatePart.RandomBytes(argument == null ? 1
                    : number(argument, at, 1, MAX_RANDOM, Texts.get("composer.template.randomCount")));
            case DATE -> new TemplatePart.Text(macro, dateFormat(argument, "yyyy-MM-dd", at));
            case TIME -> new TemplatePart.Text(macro, dateFormat(argument, "HH:mm:ss", at)); // i18n-ok: a time pattern
            default -> {
                if (argument != null) {
                    throw new TemplateException(Texts.get("composer.template.noArgument", "{{" + macro + "}}", POS), at);
                }
                yield new TemplatePart.Text(macro, null);
            }
        };
    }

    /** {@code {{CRC32}}}, {@code {{CRC32:2}}} (from byte 2), {@code {{CRC32:LE}}}, {@code {{CRC32:2,LE}}}. */
    private static TemplatePart checksumPart(Checksum checksum, String argument, int at) {
        int from = 0;
        Checksum.ByteOrder order = checksum.defaultOrder();
        if (argument != null) {
            int offset = at;
            for (String option : argument.split(",", -1)) {
                String value = option.strip().toUpperCase(Locale.ROOT);
                if (value.equals("LE") || value.equals("BE")) {
                    order = value.equals("LE") ? Checksum.ByteOrder.LITTLE_ENDIAN : Checksum.ByteOrder.BIG_ENDIAN;
                } else {
                    from = number(option, offset, 0, Integer.MAX_VALUE, Texts.get("composer.template.checksumOptions", checksum, "{{", "}}"));
                }
                offset += option.length() + 1;
            }
        }
        return new TemplatePart.ChecksumOf(checksum, from, order);
    }

    private static int number(String value, int at, int min, int max, String usage) {
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TemplateException(Texts.get("composer.template.range", usage, min, max, value, POS), at);
    }

    private static DateTimeFormatter dateFormat(String pattern, String fallback, int at) {
        try {
            return DateTimeFormatter.ofPattern(pattern == null ? fallback : pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(Texts.get("composer.template.datePattern", pattern, POS, e.getMessage()), at);
        }
    }

    /**
     * A capture at {@code dollar}: {@code $0}..{@code $9}, {@code ${name}} or {@code ${12}}, and
     * {@code $$} for a '$'. Returns the index after it, or {@code dollar} when the '$' is plain text.
     */
    private int capture(int dollar) {
        char next = text.charAt(dollar + 1);
        if (next == '$') {
            flushLiteral(dollar);
            parts.add(new TemplatePart.Literal("$".getBytes(charset)));
            return dollar + 2;
        }
        if (next >= '0' && next <= '9') {
            flushLiteral(dollar);
            parts.add(numbered(next - '0', dollar));
            return dollar + 2;
        }
        if (next != '{') {
            return dollar;
        }
        int close = text.indexOf('}', dollar + 2);
        if (close < 0) {
            throw new TemplateException(Texts.get("composer.template.captureUnclosed", POS, "${", "}"), dollar);
        }
        String name = text.substring(dollar + 2, close);
        flushLiteral(dollar);
        if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            parts.add(numbered(name.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(name), dollar));
        } else if (!groups.names().contains(name)) {
            throw new TemplateException(Texts.get("composer.template.noNamedGroup", name, POS, groups.names().isEmpty()
                    ? Texts.get("composer.template.noNamedGroups") : Texts.get("composer.template.namedGroups",
                    String.join(", ", groups.names().stream().sorted().toList())), "${" + name + "}"), dollar);
        } else {
            parts.add(new TemplatePart.Capture(0, name));
        }
        return close + 1;
    }

    private TemplatePart numbered(int index, int at) {
        if (index > groups.count()) {
            throw new TemplateException(Texts.get("composer.template.noGroup", index, POS, groups.count() == 0
                    ? Texts.get("composer.template.noGroups") : groups.count()), at);
        }
        return new TemplatePart.Capture(index, null);
    }
}
