package org.socketworkbench.ui.console;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.socketworkbench.ui.StyleClasses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JavaScript tokens the editor colours, without a window. */
class JavaScriptHighlighterTest {

    /** Each styled stretch as "class:text", in order. */
    private static List<String> tokens(String text) {
        StyleSpans<Collection<String>> spans = JavaScriptHighlighter.spans(text);
        assertEquals(text.length(), spans.length(), "the spans cover the text");
        List<String> tokens = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                tokens.add(String.join(",", span.getStyle()) + ":" + text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        return tokens;
    }

    @Test
    void keywordsLiteralsStringsNumbersAndComments() {
        assertEquals(List.of("js-keyword:var", "js-number:0x1F", "js-comment:// hex", "js-keyword:if", "js-literal:null",
                        "js-keyword:return", "js-string:'a\\'b'", "js-number:1.5e-3", "js-comment:/* c\n d */",
                        "js-string:`t\n${x}`"),
                tokens("var x = 0x1F; // hex\nif (x !== null) return 'a\\'b' + 1.5e-3; /* c\n d */ `t\n${x}`"));
    }

    @Test
    void wordsThatOnlyContainAKeywordAreNotKeywords() {
        assertEquals(List.of(), tokens("variable forEach returned x1 $if _new"));
        assertEquals(List.of("js-keyword:function"), tokens("function f1() {}"));
    }

    @Test
    void anUnclosedStringEndsAtItsLine() {
        assertEquals(List.of("js-string:'open", "js-keyword:var"), tokens("'open\nvar a;"));
    }

    @Test
    void anEmptyOrPlainTextIsOneUnstyledSpan() {
        assertEquals(0, JavaScriptHighlighter.spans("").length());
        assertEquals(List.of(), tokens("a + b"));
        assertEquals(StyleClasses.JS_COMMENT, tokens("/* never closed").getFirst().split(":")[0]);
    }
}
