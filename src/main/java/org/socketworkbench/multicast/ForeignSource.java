package org.socketworkbench.multicast;

/**
 * Foreign traffic from one source on one channel.
 *
 * @param address    the source address
 * @param port       the source port
 * @param packets    datagrams that were not readable probes
 * @param bytes      their bytes
 * @param lastReason why the latest one was not counted as a probe
 */
public record ForeignSource(String address, int port, long packets, long bytes, String lastReason) {
}
