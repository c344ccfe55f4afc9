package org.socketworkbench.workspace;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Whoever runs the bench's relays (the window's relay form, or {@link DirectRelays}): what runs,
 * and opening one more. Called on the thread that owns the host (the FX thread in the window).
 */
public interface RelayHost {

    /** No relays: a bench without any. */
    RelayHost NONE = new RelayHost() {
        @Override
        public List<RelayPart> running() {
            return List.of();
        }

        @Override
        public CompletableFuture<Integer> open(RelayPart relay) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    org.socketworkbench.i18n.Texts.get("workspace.relay.none")));
        }
    };

    /** The relays running now, each with the port it got. */
    List<RelayPart> running();

    /**
     * Starts a relay; the future gets listen's result code (negative: a Chrome net error), or
     * fails with a message for the user (a certificate, a second relay where only one runs).
     */
    CompletableFuture<Integer> open(RelayPart relay);
}
