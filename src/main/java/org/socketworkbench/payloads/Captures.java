package org.socketworkbench.payloads;

/**
 * The regex groups of the message a reply answers, as bytes to insert. A group that did not take
 * part in the match gives no bytes.
 */
public interface Captures {

    /** No captures (the composer, presets, repeated sends). */
    Captures NONE = new Captures() {
        @Override
        public byte[] group(int index) {
            return new byte[0];
        }

        @Override
        public byte[] group(String name) {
            return new byte[0];
        }
    };

    /** Group {@code index} (0 is the whole match); never null. */
    byte[] group(int index);

    /** The named group; never null. */
    byte[] group(String name);
}
