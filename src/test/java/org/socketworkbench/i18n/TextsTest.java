package org.socketworkbench.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void readsTheChosenLanguageAndFormatsArgumentsAsStrings() {
        Texts.use(Language.ENGLISH);
        assertEquals("Hello Ann, it's port 5000", Texts.get("common.greeting", "Ann", 5000));
        AtomicReference<Locale> heard = new AtomicReference<>();
        Texts.addListener(heard::set);
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertEquals(Locale.SIMPLIFIED_CHINESE, heard.get());
        assertEquals("你好 Ann，端口 5000", Texts.get("common.greeting", "Ann", 5000));
        assertEquals("系统语言", Texts.get("common.language.system"));
        Texts.use(Language.ENGLISH);
        assertEquals("System language", Texts.get("common.language.system"));
    }

    @Test
    void withNothingChosenTheOsLocalePicksTheLanguage() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, Language.systemLocale(Locale.forLanguageTag("zh-CN")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Language.systemLocale(Locale.forLanguageTag("zh-TW")));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Language.systemLocale(Locale.forLanguageTag("zh-Hans-SG")));
        assertEquals(Locale.FRANCE, Language.systemLocale(Locale.FRANCE));
        // The test JVM's OS locale is English (pom.xml), so the system's language reads English.
        Texts.use(Language.SYSTEM);
        assertEquals("_File", Texts.get("menu.file"));
        assertEquals(Language.SYSTEM, Language.fromTag(null));
        assertEquals(Language.SYSTEM, Language.fromTag("klingon"));
    }

    @Test
    void englishNeverFallsBackToTheChineseDefaultLocale() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        Texts.use(Language.ENGLISH);
        // The first read of this bundle happens while the JVM's default locale has been Chinese.
        assertEquals("_Help", Texts.get("menu.help"));
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertEquals("帮助(_H)", Texts.get("menu.help"));
    }

    @Test
    void aMissingKeyShowsItselfAndTagsRoundTrip() {
        assertEquals("!common.nothing!", Texts.get("common.nothing"));
        assertFalse(Texts.has("common.nothing"));
        assertTrue(Texts.has("common.greeting"));
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.fromTag("zh-CN"));
        assertEquals(Language.SYSTEM, Language.fromTag(null));
    }
}
