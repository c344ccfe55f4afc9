package org.socketworkbench.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every string a person reads comes from the bundles ({@link Texts}): this scan fails on a string
 * literal in the window's code that reads like words. A literal reads like words when it holds a
 * capitalised word ("Send") or two words with a space ("bytes sent"). Keys ("composer.send"),
 * style classes ("hex-dump"), format patterns and single lowercase identifiers pass.
 *
 * <p>A line that must keep a literal (a protocol name, a file extension, a log line for
 * developers) says why with a trailing {@code // i18n-ok: reason}. Chrome's own names
 * ({@code net::ERR_...}) and lastError strings are what a script sees and stay as Chrome writes
 * them, so the engine is not scanned.
 */
class VisibleLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/socketworkbench");

    /** The window's code, and the feature texts it shows. */
    private static final List<String> SCANNED = List.of(
            "app", "ui", "adapters", "multicast", "payloads", "relay", "replies", "sockets", "traffic",
            "certificates", "settings", "script", "workspace");

    /** The script runtime's messages are Chrome's and V8's own, word for word (see src/docs/js-engine.md). */
    private static final Set<String> CHROMES_OWN_WORDS = Set.of("script/runtime", "script/chrome");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\w%$.{-])[A-Z][a-z]{2,}");
    private static final Pattern TWO_WORDS = Pattern.compile("[A-Za-z]{2,}[ ,:;]+[A-Za-z]{2,}");
    private static final Pattern KEY_OR_IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9_]*([.-][A-Za-z0-9_]+)*");
    private static final String ALLOW = "// i18n-ok";

    @Test
    void theWindowsCodeHoldsNoVisibleLiteral() {
        List<String> found = new ArrayList<>();
        for (String area : SCANNED) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(area))) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> !CHROMES_OWN_WORDS.contains(folderOf(file)))
                        .forEach(file -> found.addAll(visibleLiterals(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertEquals(List.of(), found, "move these into the bundles, or say why not with // i18n-ok: reason");
    }

    @Test
    void theScanFindsWordsAndLetsKeysStyleClassesAndMarkedLinesPass() {
        assertEquals(List.of("Send", "bytes sent", "Port out of range"),
                visible("new Button(\"Send\"); label(\"bytes sent\"); fail(\"Port out of range\");"));
        assertEquals(List.of(), visible("Texts.get(\"composer.send.button\"); style(\"hex-dump\"); f(\"%d B\");"));
        assertEquals(List.of(), visible("column(\"TCP\"); ext(\"*.json\"); x(\"Send\"); // i18n-ok: a test"));
    }

    private static String folderOf(Path file) {
        return SOURCES.relativize(file.getParent()).toString().replace('\\', '/');
    }

    private static List<String> visibleLiterals(Path file) {
        List<String> found = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (String literal : visible(lines.get(i))) {
                    found.add(SOURCES.relativize(file) + ":" + (i + 1) + " \"" + literal + "\"");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    static List<String> visible(String line) {
        String code = line.strip();
        if (code.contains(ALLOW) || code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")
                || code.startsWith("@") || code.startsWith("import ") || code.contains("LOG.") || code.contains("log.")) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        Matcher literals = LITERAL.matcher(code);
        while (literals.find()) {
            String text = literals.group(1);
            if (KEY_OR_IDENTIFIER.matcher(text).matches()) {
                continue;
            }
            if (CAPITALISED_WORD.matcher(text).find() || TWO_WORDS.matcher(text).find()) {
                found.add(text);
            }
        }
        return found;
    }
}
