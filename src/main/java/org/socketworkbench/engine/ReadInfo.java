package org.socketworkbench.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * chrome.socket {@code ReadInfo}.
 *
 * @param resultCode bytes read (&gt; 0), 0 on end of stream, or a negative net error
 * @param data       the bytes read; never null, empty when {@code resultCode <= 0}
 */
public record ReadInfo(int resultCode, byte[] data) {

    private static final byte[] EMPTY = new byte[0];

    public ReadInfo {
        data = data == null ? EMPTY : data;
    }

    /** A result without data (end of stream or an error). */
    public static ReadInfo of(int resultCode) {
        return new ReadInfo(resultCode, EMPTY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadInfo r && r.resultCode == resultCode && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resultCode, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "ReadInfo[resultCode=" + resultCode + ", data=" + data.length + " bytes]";
    }
}
