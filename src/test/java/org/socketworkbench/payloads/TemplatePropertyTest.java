package org.socketworkbench.payloads;

import org.junit.jupiter.api.Test;
import org.socketworkbench.traffic.PayloadFormat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any template the parser accepts expands without error. Seeded random templates built from the
 * pieces people type (macros with good and bad arguments, captures, escapes, hex, stray braces and
 * dollars), in every format and a few charsets; the seed is in the failure message.
 */
class TemplatePropertyTest {

    private static final String[] PIECES = {
        "{{COUNTER}}", "{{RANDOM}}", "{{RANDOM:3}}", "{{RANDOM:0}}", "{{RANDOM:x}}", "{{UUID}}", "{{DATE}}",
        "{{TIME:HH}}", "{{DATE:qqqqq'}}", "{{UNIXTIME}}", "{{UNIXTIME_MS}}", "{{HOST}}", "{{CRC16_MODBUS}}",
        "{{CRC16_CCITT:LE}}", "{{CRC32:99}}", "{{XOR8:1,BE}}", "{{SUM8:-1}}", "{{NOPE}}", "{{", "}}", "{", "}",
        "$", "$$", "$0", "$1", "$2", "$9", "${id}", "${x}", "${", "${1}", "\\", "\\r\\n", "\\x4", "\\x41", "\\q",
        "01", "0a", "ff", "0x12", "abc", " ", ",", ":", "g", "\u00e9", "\u20ac", "\n", "ab{{COUNTER}}cd",
    };
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            StandardCharsets.US_ASCII, StandardCharsets.UTF_16LE);
    private static final CaptureGroups GROUPS = new CaptureGroups(2, Set.of("id"));

    @Test
    void everyAcceptedTemplateExpands() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int accepted = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder template = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                template.append(PIECES[random.nextInt(PIECES.length)]);
            }
            PayloadFormat format = PayloadFormat.values()[random.nextInt(PayloadFormat.values().length)];
            Charset charset = CHARSETS.get(random.nextInt(CHARSETS.size()));
            boolean reply = random.nextBoolean();
            PayloadTemplate compiled;
            try {
                compiled = reply ? PayloadTemplate.compileReply(template.toString(), format, charset, GROUPS)
                        : PayloadTemplate.compile(template.toString(), format, charset);
            } catch (TemplateException rejected) {
                continue;
            }
            accepted++;
            SendContext context = new SendContext(random.nextLong(), "h\u00f6st", Clock.systemUTC(), new Random(round), Captures.NONE);
            assertDoesNotThrow(() -> compiled.expand(context), () -> "seed " + seed + ": " + compiled);
        }
        assertTrue(accepted > 2_000, "the generator produces enough accepted templates: " + accepted);
    }
}
