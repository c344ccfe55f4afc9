package org.socketworkbench.ui;

import javafx.css.PseudoClass;
import org.junit.jupiter.api.Test;
import org.socketworkbench.sockets.SocketStatus;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** workbench.css styles only classes the code sets through {@link StyleClasses}. */
class StyleClassesTest {

    /** Classes of JavaFX's, ControlsFX's and RichTextFX's own controls that the stylesheet adjusts. */
    private static final Set<String> CONTROLS_OWN = Set.of("list-cell", "text-field", "tree-table-cell", "status-bar",
            "table-cell", "tree-table-row-cell", "column-header", "label",
            "chart-series-line", "chart-line-symbol", "default-color0", "default-color1",
            "text", "paragraph-text", "caret", "main-selection");

    private static final Pattern CSS_IDENTIFIER = Pattern.compile("-?[_a-zA-Z][_a-zA-Z0-9-]*");

    private static final Pattern CLASS_SELECTOR = Pattern.compile("\\.([a-zA-Z][\\w-]*)");

    @Test
    void everyClassTheStylesheetStylesIsAConstant() throws Exception {
        Set<String> known = new TreeSet<>(constants());
        known.addAll(StyleClasses.CONSOLE_LEVELS);
        Set<String> unknown = new TreeSet<>();
        for (String selector : selectors(stylesheet())) {
            Matcher classes = CLASS_SELECTOR.matcher(selector);
            while (classes.find()) {
                String name = classes.group(1);
                if (!known.contains(name) && !CONTROLS_OWN.contains(name)) {
                    unknown.add(name);
                }
            }
        }
        assertEquals(Set.of(), unknown, "styled in workbench.css but not in StyleClasses");
    }

    @Test
    void theConstantsAreDistinct() throws Exception {
        assertEquals(constants().size(), Set.copyOf(constants()).size());
        assertTrue(StyleClasses.CONSOLE_LEVELS.contains("console-error"));
        assertEquals(SocketStatus.values().length, Set.copyOf(socketStates()).size());
    }

    /** A class with a space is several classes, and a selector can never match it. */
    @Test
    void everyListedClassIsOneCssIdentifier() throws Exception {
        List<String> all = new ArrayList<>(constants());
        all.addAll(StyleClasses.CONSOLE_LEVELS);
        all.addAll(socketStates());
        List<String> invalid = all.stream().filter(c -> !CSS_IDENTIFIER.matcher(c).matches()).toList();
        assertEquals(List.of(), invalid, "not one CSS class name");
        assertEquals("socket-peer-closed", StyleClasses.socketState(SocketStatus.PEER_CLOSED));
        assertEquals("socket-error", StyleClasses.socketState(SocketStatus.ERROR));
    }

    /** A pseudo-class the stylesheet styles on a socket row is one of a state's. */
    @Test
    void everySocketStateTheStylesheetStylesIsAState() throws Exception {
        Matcher states = Pattern.compile(":(socket-[\\w-]+)").matcher(stylesheet());
        List<String> styled = new ArrayList<>();
        while (states.find()) {
            styled.add(states.group(1));
        }
        assertTrue(styled.contains("socket-error"), styled.toString());
        assertEquals(List.of(), styled.stream().filter(s -> !socketStates().contains(s)).toList(), "not a socket state");
    }

    private static List<String> socketStates() {
        return StyleClasses.SOCKET_STATES.values().stream().map(PseudoClass::getPseudoClassName).toList();
    }

    private static List<String> constants() throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : StyleClasses.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = StyleClasses.class.getResourceAsStream("/org/socketworkbench/ui/workbench.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The selector part of every rule (comments and declarations left out). */
    private static List<String> selectors(String css) {
        String withoutComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
        return Arrays.stream(withoutComments.replaceAll("(?s)\\{[^}]*}", "\n").split("\n"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
