package org.socketworkbench.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
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
        try {
            bundle(key, Locale.ROOT).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
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
        try {
            return bundle(key, locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private static ResourceBundle bundle(String key, Locale locale) {
        int dot = key.indexOf('.');
        String area = dot < 0 ? key : key.substring(0, dot);
        return ResourceBundle.getBundle(BASE + area, locale);
    }
}
