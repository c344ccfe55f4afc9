package org.socketworkbench.engine;

/**
 * chrome.socket {@code NetworkInterface}: one address of one interface.
 *
 * @param name         the interface name
 * @param address      the numeric address
 * @param prefixLength the network prefix length
 */
public record NetworkInterface(String name, String address, int prefixLength) {
}
