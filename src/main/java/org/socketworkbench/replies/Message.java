package org.socketworkbench.replies;

/**
 * One message cut from a stream (or one datagram).
 *
 * @param frame the bytes as they arrived, delimiter included (what echo sends back)
 * @param body  the bytes the rules see: the frame without its delimiter
 */
public record Message(byte[] frame, byte[] body) {

    public static Message of(byte[] bytes) {
        return new Message(bytes, bytes);
    }
}
