package org.socketworkbench.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every string a person reads, from resource bundles (English, and Simplified Chinese in
 * {@code *_zh_CN.properties}). A key's first segment names its bundle: {@code sockets.list.title}
 * lives in {@code org/socketworkbench/i18n/sockets.properties}, so each area keeps its own file.
 *
 * <p>Placeholders are plain {@code {0}}, {@code {1}}: every argument is turned into a string first
 * (so a port reads 5000, not 5,000; callers format numbers themselves, see {@code ui.Units}). A
 * value with placeholders goes through {@link MessageFormat}, where a literal apostrophe is
 * written twice; a value without arguments is returned as written. {@code BundlesTest} checks
 * both rules and that every key exists in every language.
 *
 * <p>Chrome's own names ({@code net::ERR_...}) and chrome.socket's lastError strings are not
 * translated: they are what a script sees and what people search for.
 */
public final class Texts {

    /** Where the bundles live: {@code BASE + area}. */
    public static final String BASE = "org.socketworkbench.i18n.";

    private static volatile Language language = Language.SYSTEM;
    private static final List<Consumer<Locale>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final ConcurrentMap<String, Map<String, String>> FILES = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** The text for {@code key} in the current language, with {@code args} in its placeholders. */
    public static String get(String key, Object... args) {
        String pattern = pattern(key, language.locale());
        if (args.length == 0) {
            return pattern;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, language.locale()).format(strings);
    }

    /** Whether {@code key} names a text (in the base bundle). */
    public static boolean has(String key) {
        return file(areaOf(key)).containsKey(key);
    }

    public static Language language() {
        return language;
    }

    public static Locale locale() {
        return language.locale();
    }

    /**
     * Switches the language. The JVM's default locale follows, so JavaFX's own controls (dialog
     * buttons, text-field menus) speak it too; listeners hear the new locale on the caller's thread.
     */
    public static void use(Language value) {
        language = Objects.requireNonNull(value);
        Locale.setDefault(value.locale());
        LISTENERS.forEach(listener -> listener.accept(value.locale()));
    }

    public static void addListener(Consumer<Locale> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<Locale> listener) {
        LISTENERS.remove(listener);
    }

    /** The raw value; a missing key reads as {@code !key!} (BundlesTest makes sure none is). */
    private static String pattern(String key, Locale locale) {
        String area = areaOf(key);
        for (String suffix : suffixes(locale)) {
            String value = file(area + suffix).get(key);
            if (value != null) {
                return value;
            }
        }
        return "!" + key + "!";
    }

    /**
     * The files a locale reads, most specific first, ending with the base (English) file. Unlike
     * {@code ResourceBundle.getBundle}, English never falls back to the JVM's default locale:
     * {@link #use} makes that Chinese, and English would then read the Chinese file.
     */
    private static List<String> suffixes(Locale locale) {
        List<String> suffixes = new ArrayList<>();
        if (!locale.getLanguage().isEmpty()) {
            if (!locale.getCountry().isEmpty()) {
                suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
            }
            suffixes.add("_" + locale.getLanguage());
        }
        suffixes.add("");
        return suffixes;
    }

    private static String areaOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** A bundle file's keys and values (UTF-8), read once; a missing file is empty. */
    private static Map<String, String> file(String name) {
        return FILES.computeIfAbsent(name, Texts::read);
    }

    private static Map<String, String> read(String name) {
        try (InputStream in = Texts.class.getResourceAsStream(name + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
            return Map.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle " + name, e);
        }
    }
}
