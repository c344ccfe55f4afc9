package org.socketworkbench.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * chrome.socket {@code RecvFromInfo}.
 *
 * @param resultCode bytes received (&gt;= 0) or a negative net error
 * @param data       the datagram; never null, empty when {@code resultCode <= 0}
 * @param address    the sender's numeric address, "" when unknown
 * @param port       the sender's port, 0 when unknown
 */
public record RecvFromInfo(int resultCode, byte[] data, String address, int port) {

    private static final byte[] EMPTY = new byte[0];

    public RecvFromInfo {
        data = data == null ? EMPTY : data;
        address = address == null ? "" : address;
    }

    /** A result without data or sender (an error, or a zero-length datagram). */
    public static RecvFromInfo of(int resultCode) {
        return new RecvFromInfo(resultCode, EMPTY, "", 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecvFromInfo r && r.resultCode == resultCode && Arrays.equals(r.data, data)
                && r.address.equals(address) && r.port == port;
    }

    @Override
    public int hashCode() {
        return Objects.hash(resultCode, Arrays.hashCode(data), address, port);
    }

    @Override
    public String toString() {
        return "RecvFromInfo[resultCode=" + resultCode + ", data=" + data.length + " bytes, address=" + address
                + ", port=" + port + "]";
    }
}
