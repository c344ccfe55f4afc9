package org.socketworkbench.engine;

/** chrome.socket {@code WriteInfo}. @param bytesWritten bytes written, or a negative net error */
public record WriteInfo(int bytesWritten) {
}
