package org.socketworkbench.engine.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChromeJsonTextTest {

    @Test
    void stringsAreEscapedAsChromesJsonWriterDoes() {
        assertEquals("\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \\u0001\\u001F \\u003C> \\u2028\\u2029 \u007F caf\u00E9 \uD83D\uDE00\"",
                ChromeJsonText.write("q\" b\\ s/ \b\f\n\r\t \u0001\u001F <> \u2028\u2029 \u007F caf\u00E9 \uD83D\uDE00"));
    }

    @Test
    void unpairedSurrogatesBecomeTheReplacementCharacter() {
        assertEquals("\"a\uFFFDb\uFFFD\"", ChromeJsonText.write("a\uD83Db\uDE00"));
    }

    @Test
    void containersAreCompactAndKeysSorted() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", 1L);
        object.put("a", Arrays.asList(true, null, "x"));
        object.put("\uD83D\uDE00", 2L);
        object.put("\uFFFD", 3L);
        object.put("B", Map.of());
        assertEquals("{\"B\":{},\"a\":[true,null,\"x\"],\"b\":1,\"\uFFFD\":3,\"\uD83D\uDE00\":2}", ChromeJsonText.write(object));
        assertEquals("[]", ChromeJsonText.write(List.of()));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "-7, -7",
        "2147483647, 2147483647",
        "-2147483648, -2147483648",
        "2147483648, 2147483648.0",
        "3000000000, 3000000000.0",
        "-3000000000, -3000000000.0",
        "9007199254740993, 9007199254740992.0",
    })
    void integersBeyond32BitsAreWrittenAsDoubles(long value, String expected) {
        assertEquals(expected, ChromeJsonText.write(value));
    }

    @ParameterizedTest
    @CsvSource({
        "0.0, 0.0",
        "-0.0, 0.0",
        "1.0, 1.0",
        "1.5, 1.5",
        "-0.25, -0.25",
        "0.1, 0.1",
        "100.0, 100.0",
        "123.456, 123.456",
        "0.000001, 0.000001",
        "0.0000001, 1e-7",
        "1.5e-10, 1.5e-10",
        "1e20, 100000000000000000000.0",
        "1e21, 1e+21",
        "1.2345e25, 1.2345e+25",
        "0.30000000000000004, 0.30000000000000004",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "2.2250738585072014e-308, 2.2250738585072014e-308",
    })
    void doublesUseJavaScriptsShortestFormWithPointZero(double value, String expected) {
        assertEquals(expected, ChromeJsonText.write(value));
    }

    @Test
    void somethingThatIsNotJsonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChromeJsonText.write(new Object()));
    }
}
