package org.socketworkbench.engine;

/**
 * chrome.socket {@code TLSVersionConstraints}: "tls1", "tls1.1", "tls1.2" (and "tls1.3"); null or
 * an unknown value keeps the default for that bound.
 *
 * @param min the lowest version to offer, or null
 * @param max the highest version to offer, or null
 */
public record TLSVersionConstraints(String min, String max) {
}
