package org.socketworkbench.traffic;

/** Finding a byte sequence inside a payload. */
final class ByteSearch {

    private ByteSearch() {
    }

    /** Whether {@code needle} occurs in {@code haystack}; an empty needle occurs everywhere. */
    static boolean contains(byte[] haystack, byte[] needle) {
        if (needle.length == 0) {
            return true;
        }
        byte first = needle[0];
        int last = haystack.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
