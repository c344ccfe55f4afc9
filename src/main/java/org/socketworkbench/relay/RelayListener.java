package org.socketworkbench.relay;

/**
 * Hears about a relay's conversations, on the relay's loop thread: return quickly, never block
 * (a pane hands the news to its FX batching, the command line prints a line).
 */
public interface RelayListener {

    RelayListener NONE = new RelayListener() {
    };

    default void opened(Conversation conversation) {
    }

    default void closed(Conversation conversation) {
    }
}
