package org.socketworkbench.sockets;

import org.socketworkbench.engine.NetError;

import java.util.Optional;

/**
 * The result of one chrome.socket operation started from the workbench, in the words the user
 * reads: "connect to 127.0.0.1:9 failed: -102 ERR_CONNECTION_REFUSED. The connection was
 * refused: nothing listens there."
 *
 * @param socketId   the socket, or 0 when none exists (e.g. create failed)
 * @param operation  what was done, e.g. "connect to 127.0.0.1:9"
 * @param resultCode 0 or positive for success, a negative net error otherwise
 * @param lastError  chrome.runtime.lastError of the callback, if any
 */
public record OperationOutcome(int socketId, String operation, int resultCode, Optional<String> lastError) {

    public static OperationOutcome of(int socketId, String operation, int resultCode, Optional<String> lastError) {
        return new OperationOutcome(socketId, operation, resultCode, lastError);
    }

    public boolean succeeded() {
        return resultCode >= 0 && lastError.isEmpty();
    }

    /** One line for a notification or the socket's row. */
    public String describe() {
        if (succeeded()) {
            return operation + ": ok";
        }
        if (isChromeMarker()) {
            return operation + " failed: " + lastError.get() + " (-1)";
        }
        StringBuilder text = new StringBuilder(operation).append(" failed: ").append(NetError.describe(resultCode));
        NetError.of(resultCode).ifPresent(e -> text.append(". ").append(e.description()));
        lastError.ifPresent(message -> text.append(" (").append(message).append(")"));
        return text.toString();
    }

    /** The short form for the row: "connect: -102 ERR_CONNECTION_REFUSED". */
    public String brief() {
        String verb = operation.split(" ", 2)[0];
        if (succeeded()) {
            return verb + ": ok";
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
}
