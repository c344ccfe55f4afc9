package org.socketworkbench.traffic;

import java.util.Objects;

/**
 * Where a payload went beyond its socket: the relay conversation it crossed and which way, so the
 * traffic pane can show a conversation's two legs as one (issue #14). Decided when the payload is
 * captured ({@link FlowRoutes}), because a relay forgets ended conversations while their payloads
 * stay in the capture.
 *
 * @param conversation the conversation's number (1, 2, ... in the order clients arrived)
 * @param way          client to server or back
 */
public record FlowRoute(int conversation, Way way) {

    /** Which way a payload crossed the relay; a saved file keeps the name. */
    public enum Way { CLIENT_TO_SERVER, SERVER_TO_CLIENT }

    public FlowRoute {
        Objects.requireNonNull(way, "way");
    }
}
