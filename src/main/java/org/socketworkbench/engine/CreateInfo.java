package org.socketworkbench.engine;

/** chrome.socket {@code CreateInfo}. @param socketId the new socket's id (positive) */
public record CreateInfo(int socketId) {
}
