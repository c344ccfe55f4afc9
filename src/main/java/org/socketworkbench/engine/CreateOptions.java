package org.socketworkbench.engine;

/** chrome.socket {@code CreateOptions}: an empty dictionary (Chrome defines no members). */
public record CreateOptions() {
}
