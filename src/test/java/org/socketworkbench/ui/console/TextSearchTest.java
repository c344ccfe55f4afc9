package org.socketworkbench.ui.console;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The find bar's search: ignoring case, both ways, wrapping around. */
class TextSearchTest {

    private static final String TEXT = "port = Port + PORT";

    @Test
    void nextFindsFromThePositionOnAndWraps() {
        assertEquals(0, TextSearch.next(TEXT, "port", 0));
        assertEquals(7, TextSearch.next(TEXT, "port", 1));
        assertEquals(14, TextSearch.next(TEXT, "PORT", 8));
        assertEquals(0, TextSearch.next(TEXT, "port", 15), "past the last match: the first");
        assertEquals(-1, TextSearch.next(TEXT, "socket", 0));
        assertEquals(-1, TextSearch.next(TEXT, "", 0));
        assertEquals(-1, TextSearch.next("po", "port", 0));
    }

    @Test
    void previousFindsBeforeThePositionAndWraps() {
        assertEquals(7, TextSearch.previous(TEXT, "port", 14));
        assertEquals(14, TextSearch.previous(TEXT, "port", 0), "before the first match: the last");
        assertEquals(14, TextSearch.previous(TEXT, "port", TEXT.length()));
        assertEquals(-1, TextSearch.previous(TEXT, "socket", 5));
    }
}
