package org.socketworkbench.payloads;

import java.util.Arrays;

/** A growable byte array whose contents checksums can read in place while a template expands. */
final class ByteBuilder {

    private byte[] bytes;
    private int size;

    ByteBuilder(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void append(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
    }

    void append(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    int size() {
        return size;
    }

    /** The array behind the builder; valid up to {@link #size()}. */
    byte[] array() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
