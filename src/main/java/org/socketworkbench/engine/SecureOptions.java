package org.socketworkbench.engine;

/** chrome.socket {@code SecureOptions}. @param tlsVersion version bounds, or null for defaults */
public record SecureOptions(TLSVersionConstraints tlsVersion) {
}
