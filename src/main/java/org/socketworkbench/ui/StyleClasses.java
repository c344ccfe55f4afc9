package org.socketworkbench.ui;

import javafx.css.PseudoClass;
import org.socketworkbench.script.ConsoleLevel;
import org.socketworkbench.sockets.SocketStatus;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The style classes (and the pseudo-classes) the panes set and {@code workbench.css} styles, named
 * once: code uses these constants, the stylesheet the same names (StyleClassesTest checks that
 * every class the stylesheet styles is one of them). Colours belong in the stylesheet, as the
 * theme's looked-up colours, never in code.
 */
public final class StyleClasses {

    // ---------------------------------------------------------------- shared
    public static final String PANE_HEADER = "pane-header";
    public static final String PANE_TITLE = "pane-title";
    /** Monospaced bytes: the hex dump, the composer's payload. */
    public static final String HEX_DUMP = "hex-dump";
    public static final String FORM_PROBLEM = "form-problem";
    /** A text field whose content is wrong (reply rules): a red border. */
    public static final String FIELD_ERROR = "field-error";
    /** Input or a status that is wrong (red in both themes). */
    public static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    // ---------------------------------------------------------------- sockets, composer, adapters
    public static final String SOCKET_LIST = "socket-list";
    public static final String SOCKET_DETAILS = "socket-details";
    public static final String COMPOSER = "composer";
    public static final String COMPOSER_TARGET = "composer-target";
    /** The one-line preview of the bytes the composer's next send puts on the wire. */
    public static final String COMPOSER_PREVIEW = "composer-preview";
    public static final String ADAPTER_LIST = "adapter-list";

    // ---------------------------------------------------------------- traffic
    public static final String TRAFFIC_PANE = "traffic-pane";
    public static final String FILTER_BAR = "filter-bar";
    public static final String FILTER_ERROR = "filter-error";
    public static final String PAUSED_BADGE = "paused-badge";
    public static final String TRAFFIC_STATUS = "traffic-status";

    // ---------------------------------------------------------------- multicast
    public static final String MULTICAST_VIEW = "multicast-view";
    public static final String MULTICAST_HOST = "multicast-host";
    public static final String MULTICAST_MESSAGE = "multicast-message";
    public static final String GROUP_MATRIX = "group-matrix";
    public static final String MATRIX_SCROLL = "matrix-scroll";
    public static final String MATRIX_HEADER = "matrix-header";
    public static final String MATRIX_GROUP = "matrix-group";
    public static final String MATRIX_GROUP_OPTIONS = "matrix-group-options";
    public static final String MEMBERSHIP_CELL = "membership-cell";
    public static final String MEMBERSHIP_JOINED = "membership-joined";
    public static final String MEMBERSHIP_JOINING = "membership-joining";
    public static final String MEMBERSHIP_FAILED = "membership-failed";
    public static final String SENDER_STATUS = "sender-status";
    public static final String ROSTER_BOX = "roster-box";
    public static final String ROSTER_HEADER = "roster-header";
    public static final String NUMBER_COLUMN = "number-column";
    public static final String TIMELINE_STRIP = "timeline-strip";
    public static final String FOREIGN_TRAFFIC = "foreign-traffic";
    public static final String SILENCE_HINTS = "silence-hints";
    public static final String HEAT_MAP = "heat-map";
    public static final String HEAT_MAP_CORNER = "heat-map-corner";
    public static final String HEAT_MAP_SENDER = "heat-map-sender";
    public static final String HEAT_MAP_RECEIVER = "heat-map-receiver";
    public static final String HEAT_CELL = "heat-cell";

    // ---------------------------------------------------------------- console
    public static final String CONSOLE_PANE = "console-pane";
    public static final String CONSOLE_EDITOR = "console-editor";
    public static final String CONSOLE_OUTPUT = "console-output";
    public static final String CONSOLE_DROPPED = "console-dropped";
    /** A number in the script editor's gutter; {@link #DANGER} on the line an uncaught error names. */
    public static final String CONSOLE_LINE_NUMBER = "console-line-number";
    /** The text of the line an uncaught error names. */
    public static final String CONSOLE_ERROR_LINE = "console-error-line";
    public static final String CONSOLE_FIND_BAR = "console-find-bar";
    /** JavaScript tokens in the script editor. */
    public static final String JS_KEYWORD = "js-keyword";
    public static final String JS_LITERAL = "js-literal";
    public static final String JS_STRING = "js-string";
    public static final String JS_NUMBER = "js-number";
    public static final String JS_COMMENT = "js-comment";
    /** The classes of an output line, one per level: {@code console-log}, {@code console-warn}, ... */
    public static final List<String> CONSOLE_LEVELS = Arrays.stream(ConsoleLevel.values())
            .map(StyleClasses::consoleLevel).toList();
    /**
     * The pseudo-classes of a socket row, one per state: {@code :socket-connected}, {@code
     * :socket-peer-closed}, ... Pseudo-classes, not style classes: a row's state changes in place,
     * and a new pseudo-class state only moves the row's styles to it, where a new style class
     * makes JavaFX find the row's and its cells' styles again (the 5,000 connections of the accept
     * benchmark closing at once cost a pulse gap that way).
     */
    public static final Map<SocketStatus, PseudoClass> SOCKET_STATES = socketStates();

    private StyleClasses() {
    }

    /**
     * The name of a socket row's pseudo-class in {@code status}, made from the constant's name
     * ({@code socket-peer-closed}): one CSS identifier, whatever the state's words.
     */
    public static String socketState(SocketStatus status) {
        return "socket-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<SocketStatus, PseudoClass> socketStates() {
        Map<SocketStatus, PseudoClass> states = new EnumMap<>(SocketStatus.class);
        for (SocketStatus status : SocketStatus.values()) {
            states.put(status, PseudoClass.getPseudoClass(socketState(status)));
        }
        return Collections.unmodifiableMap(states);
    }

    /** The class of a console line of {@code level}, e.g. {@code console-error}. */
    public static String consoleLevel(ConsoleLevel level) {
        return "console-" + level.name().toLowerCase(Locale.ROOT);
    }
}
