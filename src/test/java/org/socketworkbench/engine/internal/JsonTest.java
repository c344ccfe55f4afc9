package org.socketworkbench.engine.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class JsonTest {

    @Test
    void objectsKeepTheirOrderAndNest() {
        Object parsed = Json.parse(" {\"z\": 1, \"a\": [true, false, null, {}], \"m\": {\"k\": []}} ");
        Map<?, ?> object = assertInstanceOf(Map.class, parsed);
        assertEquals(List.of("z", "a", "m"), List.copyOf(object.keySet()));
        assertEquals(1L, object.get("z"));
        assertEquals(Arrays.asList(true, false, null, Map.of()), object.get("a"));
        assertEquals(Map.of("k", List.of()), object.get("m"));
    }

    @Test
    void nullIsJavaNull() {
        assertNull(Json.parse("null"));
        Map<?, ?> object = assertInstanceOf(Map.class, Json.parse("{\"a\": null}"));
        assertEquals(true, object.containsKey("a"));
        assertNull(object.get("a"));
    }

    @Test
    void containersAreUnmodifiable() {
        Map<?, ?> object = assertInstanceOf(Map.class, Json.parse("{\"a\": [1]}"));
        assertThrows(UnsupportedOperationException.class, object::clear);
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) object.get("a")).clear());
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                arguments("\"\"", ""),
                arguments("\"plain\"", "plain"),
                arguments("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "\" \\ / \b \f \n \r \t"),
                arguments("\"\\u0041\\u00e9\\u00E9\\u2028\"", "A\u00E9\u00E9\u2028"),
                arguments("\"\\ud83d\\ude00\"", "\uD83D\uDE00"),
                arguments("\"\\uD83D\\uDE00x\"", "\uD83D\uDE00x"),
                arguments("\"\uD83D\uDE00 caf\u00E9 \u0000\"".replace("\u0000", "\\u0000"), "\uD83D\uDE00 caf\u00E9 \u0000"),
                arguments("\"\u007F\u00A0\"", "\u007F\u00A0"));
    }

    @ParameterizedTest
    @MethodSource("strings")
    void stringsWithEveryEscape(String json, String expected) {
        assertEquals(expected, Json.parse(json));
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                arguments("0", 0L),
                arguments("-0", 0L),
                arguments("42", 42L),
                arguments("-42", -42L),
                arguments("9223372036854775807", Long.MAX_VALUE),
                arguments("-9223372036854775808", Long.MIN_VALUE),
                arguments("9223372036854775808", 9.223372036854775808E18),
                arguments("1.5", 1.5),
                arguments("-0.25", -0.25),
                arguments("1e3", 1000.0),
                arguments("1E+3", 1000.0),
                arguments("25e-1", 2.5),
                arguments("0.0", 0.0),
                arguments("1e-400", 0.0));
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void numbers(String json, Object expected) {
        assertEquals(expected, Json.parse(json));
    }

    @Test
    void aByteOrderMarkAndAllFourWhitespaceCharactersAreSkipped() {
        assertEquals(List.of(1L, 2L), Json.parse("\uFEFF \t\r\n[1,\n\t2]\r\n"));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("", "Unexpected end of input where a value was expected", 1, 1),
                arguments("   ", "Unexpected end of input where a value was expected", 1, 4),
                arguments("{", "Expected a string key or '}' but found the end of the input", 1, 2),
                arguments("{\"a\" 1}", "Expected ':' after the key 'a' but found '1'", 1, 6),
                arguments("{\"a\": 1,}", "Expected a string key after ',' but found '}' (trailing commas are not allowed)", 1, 9),
                arguments("{\"a\": 1 \"b\": 2}", "Expected ',' or '}' after an object member but found '\"'", 1, 9),
                arguments("{a: 1}", "Expected a string key or '}' but found 'a'", 1, 2),
                arguments("{'a': 1}", "Expected a string key or '}' but found ''' (JSON strings need double quotes)", 1, 2),
                arguments("{\"a\": 1, \"a\": 2}", "Duplicate key 'a' in one object", 1, 10),
                arguments("[1,]", "Expected a value after ',' but found ']' (trailing commas are not allowed)", 1, 4),
                arguments("[1 2]", "Expected ',' or ']' after an array element but found '2'", 1, 4),
                arguments("[1", "Expected ',' or ']' after an array element but found the end of the input", 1, 3),
                arguments("[,1]", "Unexpected ',' where a value was expected", 1, 2),
                arguments("\"abc", "Unterminated string", 1, 1),
                arguments("[\"a\nb\"]", "Control character character U+000A must be escaped in a string", 1, 4),
                arguments("\"\\x\"", "Invalid escape sequence '\\x'", 1, 2),
                arguments("\"\\", "Unterminated escape sequence", 1, 2),
                arguments("\"\\u12\"", "A \\u escape needs four hexadecimal digits", 1, 2),
                arguments("\"\\u12G4\"", "A \\u escape needs four hexadecimal digits", 1, 2),
                arguments("\"\\ude00\"", "Unpaired surrogate escape \\uDE00", 1, 2),
                arguments("\"\\ud83dx\"", "High surrogate escape \\uD83D must be followed by a \\u low surrogate", 1, 2),
                arguments("\"\\ud83d\\u0041\"", "Expected a low surrogate escape after \\uD83D but found \\u0041", 1, 8),
                arguments("01", "Leading zeros are not allowed in numbers", 1, 1),
                arguments("-", "Expected a digit after '-' but found the end of the input", 1, 2),
                arguments("-a", "Expected a digit after '-' but found 'a'", 1, 2),
                arguments("1.", "Expected a digit after the decimal point but found the end of the input", 1, 3),
                arguments(".5", "Unexpected '.' where a value was expected", 1, 1),
                arguments("1e", "Expected a digit in the exponent but found the end of the input", 1, 3),
                arguments("+1", "Unexpected '+' where a value was expected", 1, 1),
                arguments("1e400", "Number 1e400 is too large", 1, 1),
                arguments("NaN", "Unexpected 'N' where a value was expected", 1, 1),
                arguments("tru", "Unexpected 't' where a value was expected", 1, 1),
                arguments("nul", "Unexpected 'n' where a value was expected", 1, 1),
                arguments("True", "Unexpected 'T' where a value was expected", 1, 1),
                arguments("truex", "Unexpected 'x' after the end of the JSON value", 1, 5),
                arguments("{} {}", "Unexpected '{' after the end of the JSON value", 1, 4),
                arguments("// comment\n{}", "Comments are not allowed in JSON", 1, 1),
                arguments("{\n  \"a\": /* c */ 1\n}", "Comments are not allowed in JSON", 2, 8),
                arguments("{\r\n\"a\":\r\n  x}", "Unexpected 'x' where a value was expected", 3, 3),
                arguments("{\r\"a\":\r  x}", "Unexpected 'x' where a value was expected", 3, 3),
                arguments("\u00A0{}", "Unexpected '\u00A0' where a value was expected", 1, 1),
                arguments("[\u0001]", "Unexpected character U+0001 where a value was expected", 1, 2),
                arguments("\uFEFF\uFEFF{}", "Unexpected '\uFEFF' where a value was expected", 1, 2));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("malformed")
    void malformedInputNamesTheProblemAndItsPosition(String json, String problem, int line, int column) {
        JsonSyntaxException error = assertThrows(JsonSyntaxException.class, () -> Json.parse(json));
        assertEquals(problem, error.problem());
        assertEquals(line, error.line());
        assertEquals(column, error.column());
        assertEquals(problem + " at line " + line + ", column " + column + " (character " + error.offset() + ")",
                error.getMessage());
    }

    @Test
    void theOffsetCountsCharactersFromTheStart() {
        JsonSyntaxException error = assertThrows(JsonSyntaxException.class, () -> Json.parse("[1,\n 2,\n x]"));
        assertEquals(9, error.offset());
        assertEquals(3, error.line());
        assertEquals(2, error.column());
    }

    @Test
    void nestingIsLimitedToChromesDepth() {
        String deepest = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertInstanceOf(List.class, Json.parse(deepest));
        String tooDeep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
        JsonSyntaxException error = assertThrows(JsonSyntaxException.class, () -> Json.parse(tooDeep));
        assertEquals("Nesting is deeper than 200 levels", error.problem());
        assertEquals(Json.MAX_DEPTH, error.offset());
        String tooDeepObjects = "{\"a\":".repeat(Json.MAX_DEPTH + 1) + "1" + "}".repeat(Json.MAX_DEPTH + 1);
        assertThrows(JsonSyntaxException.class, () -> Json.parse(tooDeepObjects));
    }
}
