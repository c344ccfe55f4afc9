package org.socketworkbench.engine;

/**
 * chrome.socket {@code AcceptInfo}.
 *
 * @param resultCode 0 on success, otherwise a negative net error
 * @param socketId   the accepted connection's id; null unless {@code resultCode == 0}
 */
public record AcceptInfo(int resultCode, Integer socketId) {
}
