package org.socketworkbench.multicast;

/**
 * Why a datagram is not a probe this build can read; such datagrams count as foreign traffic.
 * {@link ProbeDecoding.Rejected#detail()} says it in words.
 */
public enum ProbeRejection {
    /** It does not start with the magic {@code SWPR} (other applications' traffic). */
    NO_MAGIC,
    /** A probe of a version this build does not read. */
    UNSUPPORTED_VERSION,
    /** Shorter than the fixed header, or shorter than its own header length field says. */
    TRUNCATED,
    /** The header length field is smaller than the fields it must cover. */
    BAD_HEADER_LENGTH,
    /** The host name is longer than 255 bytes or not valid UTF-8. */
    BAD_HOST_NAME,
    /** The target family is neither 4 nor 6. */
    BAD_TARGET,
    /** The sequence number has its top bit set. */
    BAD_SEQUENCE
}
