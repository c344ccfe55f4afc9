package org.socketworkbench.replies;

/**
 * One answer to one message.
 *
 * @param bytes   what to send
 * @param delayMs how long to wait first
 * @param rule    the 0-based rule that gave it, or -1 for echo and the fixed reply
 */
public record Reply(byte[] bytes, long delayMs, int rule) {
}
