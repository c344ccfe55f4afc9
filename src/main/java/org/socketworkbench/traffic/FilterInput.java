package org.socketworkbench.traffic;

import org.socketworkbench.engine.Direction;

/**
 * The traffic filter as the user typed it (the filter bar's fields), which a workspace saves and
 * restores; {@link #toFilter()} reads it.
 *
 * @param sockets       socket ids and ranges, "" for all
 * @param direction     IN, OUT, or null for both
 * @param peer          peer address or port substring, "" for any
 * @param content       bytes to look for as typed, "" for any
 * @param contentFormat how {@code content} is written
 */
public record FilterInput(String sockets, Direction direction, String peer, String content, PayloadFormat contentFormat) {

    /** Shows everything. */
    public static final FilterInput NONE = new FilterInput("", null, "", "", PayloadFormat.TEXT);

    public FilterInput {
        sockets = sockets == null ? "" : sockets;
        peer = peer == null ? "" : peer;
        content = content == null ? "" : content;
        contentFormat = contentFormat == null ? PayloadFormat.TEXT : contentFormat;
    }

    /**
     * The filter it describes.
     *
     * @throws IllegalArgumentException saying which field is wrong and why
     */
    public TrafficFilter toFilter() {
        return TrafficFilter.parse(sockets, direction, peer, content, contentFormat);
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
