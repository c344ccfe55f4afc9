package org.socketworkbench.i18n;

import java.util.Arrays;
import java.util.Locale;

/**
 * The languages the window speaks. {@link #SYSTEM} follows the operating system's locale (read
 * once at start-up, before the workbench changes the default); the others are chosen in View,
 * Language and remembered in the settings by their {@link #tag()}.
 */
public enum Language {
    SYSTEM("system", null, null),
    ENGLISH("en", Locale.ENGLISH, "English"),
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文");

    private static final Locale OS_LOCALE = Locale.getDefault();

    private final String tag;
    private final Locale locale;
    private final String ownName;

    Language(String tag, Locale locale, String ownName) {
        this.tag = tag;
        this.locale = locale;
        this.ownName = ownName;
    }

    /**
     * The language's name written in itself ("English", "简体中文"), the way language menus list
     * them so a reader finds their own whatever the window speaks now; null for {@link #SYSTEM}
     * (its name is translated: common.language.system).
     */
    public String ownName() {
        return ownName;
    }

    /** How the settings file names it. */
    public String tag() {
        return tag;
    }

    /** The locale this language reads its bundles with. */
    public Locale locale() {
        return locale == null ? systemLocale(OS_LOCALE) : locale;
    }

    /**
     * The locale {@link #SYSTEM} reads with on an OS set to {@code os}. Any Chinese (zh, zh-TW,
     * zh-Hans-SG) reads Simplified Chinese, which the bundle files' names alone would not find for
     * it; any other locale stays as it is and reads English (the base files), while JavaFX's own
     * controls keep speaking the OS language.
     */
    static Locale systemLocale(Locale os) {
        return "zh".equals(os.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : os;
    }

    /** The language a settings value names; anything unknown (or missing) follows the system. */
    public static Language fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(String.valueOf(tag))).findFirst().orElse(SYSTEM);
    }
}
