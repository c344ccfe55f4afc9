package org.socketworkbench.engine;

/**
 * What {@link SocketEngine#sendToBatch} did: every datagram of the batch is tried, in order.
 *
 * @param sent           datagrams that went out
 * @param failed         datagrams that did not
 * @param lastResultCode the net error of the last that failed, or 0 when none failed
 */
public record BatchWriteInfo(int sent, int failed, int lastResultCode) {
}
