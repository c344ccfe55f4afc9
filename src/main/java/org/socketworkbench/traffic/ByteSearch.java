package org.socketworkbench.traffic;

/** Finding a byte sequence inside a payload (the traffic filter, reply rules, message framing). */
public final class ByteSearch {

    private ByteSearch() {
    }

    /** Whether {@code needle} occurs in {@code haystack}; an empty needle occurs everywhere. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        return indexOf(haystack, haystack.length, needle, 0) >= 0;
    }

    /**
     * Where {@code needle} first occurs in {@code haystack[from, length)}, or -1; an empty
     * needle occurs at {@code from}.
     */
    public static int indexOf(byte[] haystack, int length, byte[] needle, int from) {
        if (needle.length == 0) {
            return from <= length ? from : -1;
        }
        byte first = needle[0];
        int last = length - needle.length;
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
