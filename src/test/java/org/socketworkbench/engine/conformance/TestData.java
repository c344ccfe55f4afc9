package org.socketworkbench.engine.conformance;

import java.nio.charset.StandardCharsets;

/** Payloads the tests send. */
final class TestData {

    /** A short payload for one read, write or datagram. */
    static final byte[] PAYLOAD = bytes("chrome.socket");

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code n} bytes of a repeating pattern that shows where a byte came from. */
    static byte[] pattern(int n, int seed) {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) {
            data[i] = (byte) (seed * 31 + i);
        }
        return data;
    }

    private TestData() {
    }
}
