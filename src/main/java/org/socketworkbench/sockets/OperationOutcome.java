package org.socketworkbench.sockets;

import org.socketworkbench.engine.NetError;
import org.socketworkbench.i18n.Texts;

import java.util.Optional;

/**
 * The result of one chrome.socket operation started from the workbench, in the words the user
 * reads: "connect to 127.0.0.1:9 failed: -102 ERR_CONNECTION_REFUSED. The connection was
 * refused: nothing listens there."
 *
 * @param socketId   the socket, or 0 when none exists (e.g. create failed)
 * @param verb       the operation's verb as chrome.socket names it ("connect", "bind", "set"), the same in
 *                   every language: what the row shows and what the command line checks
 * @param operation  what was done in the user's language, e.g. "connect to 127.0.0.1:9"
 * @param resultCode 0 or positive for success, a negative net error otherwise
 * @param lastError  chrome.runtime.lastError of the callback, if any
 */
public record OperationOutcome(int socketId, String verb, String operation, int resultCode, Optional<String> lastError) {

    /** An outcome whose verb is the first word of {@code operation} (an English operation). */
    public static OperationOutcome of(int socketId, String operation, int resultCode, Optional<String> lastError) {
        return new OperationOutcome(socketId, operation.split(" ", 2)[0], operation, resultCode, lastError);
    }

    public static OperationOutcome of(int socketId, String verb, String operation, int resultCode,
                                      Optional<String> lastError) {
        return new OperationOutcome(socketId, verb, operation, resultCode, lastError);
    }

    public boolean succeeded() {
        return resultCode >= 0 && lastError.isEmpty();
    }

    /** One line for a notification or the socket's row. */
    public String describe() {
        if (succeeded()) {
            return Texts.get("sockets.outcome.ok", operation);
        }
        if (isChromeMarker()) {
            return Texts.get("sockets.outcome.failed", operation, lastError.get() + " (-1)");
        }
        String failed = Texts.get("sockets.outcome.failed", operation, NetError.describe(resultCode));
        StringBuilder text = new StringBuilder(NetError.of(resultCode)
                .map(e -> Texts.get("sockets.outcome.explained", failed, explanation(e))).orElse(failed));
        lastError.ifPresent(message -> text.append(" (").append(message).append(")"));
        return text.toString();
    }

    /** The short form for the row: "connect: -102 ERR_CONNECTION_REFUSED". */
    public String brief() {
        if (succeeded()) {
            return Texts.get("sockets.outcome.ok", verb);
        }
        return verb + ": " + (isChromeMarker() ? lastError.get() : NetError.describe(resultCode));
    }

    /**
     * Chrome's literal {@code -1} for a call refused before reaching the network (socket not
     * found, permission, wrong socket type): the message says what happened, not the number,
     * which would otherwise read as ERR_IO_PENDING (contract §2.4).
     */
    private boolean isChromeMarker() {
        return resultCode == -1 && lastError.isPresent();
    }

    /** The error in plain words, in the current language; its net::ERR_ name stays Chrome's. */
    public static String explanation(NetError error) {
        return Texts.get("sockets.netError." + error.name());
    }
}
