package org.socketworkbench.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle under {@code org/socketworkbench/i18n/} has its Simplified Chinese twin with the
 * same keys and the same placeholders per key, and the twin is translated: a Chinese value equal
 * to the English one is a text somebody forgot, unless it has no letters ("{0} / {1}") or is only
 * names that stay in every language (protocols, units, the product's name; the rules are in
 * {@link Texts}). The rules of {@link Texts} for the values hold in both languages.
 */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/socketworkbench/i18n");
    private static final String CHINESE = "_zh_CN";

    /** Names no language translates; a value made of these (and no other letters) may be the same. */
    private static final List<String> SAME_IN_EVERY_LANGUAGE = List.of(
            "Socket Workbench", "TCP", "UDP", "TLS", "IPv4", "IPv6", "CSV", "pcapng", "JSON",
            "TTL", "MTU", "MAC", "SNI", "ALPN", "SSM", "RTT", "PEM",
            // chrome.socket's own method names, as scripts call them
            "getNetworkList",
            "KiB", "MiB", "GiB", "ms", "B", "s");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void everyBundleHasAChineseTwinWithTheSameKeysAndPlaceholders() {
        List<String> problems = new ArrayList<>();
        List<Path> english = englishBundles();
        assertFalse(english.isEmpty(), "no bundle found under " + BUNDLES.toAbsolutePath());
        for (Path file : english) {
            Path twin = twinOf(file);
            if (!Files.exists(twin)) {
                problems.add(file.getFileName() + " has no " + twin.getFileName());
                continue;
            }
            problems.addAll(differences(file.getFileName().toString(), read(file), read(twin)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyValueKeepsTheRulesOfTexts() {
        List<String> problems = new ArrayList<>();
        for (Path file : englishBundles()) {
            String area = file.getFileName().toString().replace(".properties", "");
            for (Path each : List.of(file, twinOf(file))) {
                if (Files.exists(each)) {
                    read(each).forEach((key, value) -> problems.addAll(ruleBreaks(each.getFileName() + " " + key, area, key, value)));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theChecksFindAMissingKeyAPlaceholderAnUntranslatedTextAndAStrayApostrophe() {
        Map<String, String> english = Map.of("x.a", "Send {0}", "x.b", "Close", "x.c", "TCP", "x.d", "{0} / {1}", "x.e", "Gone");
        Map<String, String> chinese = Map.of("x.a", "发送", "x.b", "Close", "x.c", "TCP", "x.d", "{0} / {1}", "x.f", "多余");
        assertEquals(List.of(
                        "x: x.e is missing in Chinese",
                        "x: x.f is only in Chinese",
                        "x: x.a has placeholders [0] in English and [] in Chinese",
                        "x: x.b is not translated: Close"),
                differences("x", new TreeMap<>(english), new TreeMap<>(chinese)));
        assertEquals(List.of("k: a placeholder's apostrophe must be doubled: It's {0}"),
                ruleBreaks("k", "x", "x.k", "It's {0}"));
        assertEquals(List.of("k: the key belongs in y.properties"), ruleBreaks("k", "x", "y.k", "Fine"));
        assertEquals(List.of(), ruleBreaks("k", "x", "x.k", "It''s {0}"));
        assertEquals(List.of(), ruleBreaks("k", "x", "x.k", "It's fine"));
    }

    private static List<String> differences(String name, Map<String, String> english, Map<String, String> chinese) {
        List<String> problems = new ArrayList<>();
        String bundle = name.replace(".properties", "");
        english.keySet().stream().filter(k -> !chinese.containsKey(k))
                .forEach(k -> problems.add(bundle + ": " + k + " is missing in Chinese"));
        chinese.keySet().stream().filter(k -> !english.containsKey(k))
                .forEach(k -> problems.add(bundle + ": " + k + " is only in Chinese"));
        english.forEach((key, value) -> {
            String translated = chinese.get(key);
            if (translated == null) {
                return;
            }
            if (!placeholders(value).equals(placeholders(translated))) {
                problems.add(bundle + ": " + key + " has placeholders " + placeholders(value) + " in English and "
                        + placeholders(translated) + " in Chinese");
            } else if (value.equals(translated) && hasWordsToTranslate(value)) {
                problems.add(bundle + ": " + key + " is not translated: " + value);
            }
        });
        return problems;
    }

    private static List<String> ruleBreaks(String where, String area, String key, String value) {
        List<String> problems = new ArrayList<>();
        if (!key.startsWith(area + ".")) {
            problems.add(where + ": the key belongs in " + key.substring(0, Math.max(0, key.indexOf('.'))) + ".properties");
        }
        if (!placeholders(value).isEmpty() && value.replace("''", "").contains("'")) {
            problems.add(where + ": a placeholder's apostrophe must be doubled: " + value);
        }
        return problems;
    }

    private static boolean hasWordsToTranslate(String value) {
        String rest = PLACEHOLDER.matcher(value).replaceAll(" ");
        for (String name : SAME_IN_EVERY_LANGUAGE) {
            rest = rest.replaceAll("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])", " ");
        }
        return LETTER.matcher(rest).find();
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> englishBundles() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".properties"))
                    .filter(f -> !f.getFileName().toString().contains("_"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path twinOf(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", CHINESE + ".properties"));
    }

    /** Keys in order, read as {@link Texts} reads them (UTF-8; a malformed file fails the test). */
    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }
}
