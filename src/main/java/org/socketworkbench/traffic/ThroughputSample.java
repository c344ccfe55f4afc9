package org.socketworkbench.traffic;

/**
 * Bytes that crossed in one second.
 *
 * @param epochSecond the second (seconds since the Unix epoch)
 * @param bytesIn     bytes read or received in it, i.e. bytes/s in
 * @param bytesOut    bytes written or sent in it, i.e. bytes/s out
 */
public record ThroughputSample(long epochSecond, long bytesIn, long bytesOut) {
}
