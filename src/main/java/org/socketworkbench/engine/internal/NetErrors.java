package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.NetError;

import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Locale;

/**
 * Maps Java's exceptions to Chromium net error codes. Java reports POSIX errors as exception
 * types and strerror(3) texts, so the mapping mirrors Chromium's errno table (contract §9).
 */
public final class NetErrors {

    private NetErrors() {
    }

    /** The generic errno mapping (MapSystemError). */
    public static int map(Throwable error) {
        if (error instanceof AsynchronousCloseException) {
            return NetError.CONNECTION_CLOSED.code();
        }
        if (error instanceof ClosedChannelException || error instanceof NotYetConnectedException) {
            return NetError.SOCKET_NOT_CONNECTED.code();
        }
        if (error instanceof AlreadyConnectedException) {
            return NetError.SOCKET_IS_CONNECTED.code();
        }
        if (error instanceof UnknownHostException || error instanceof UnresolvedAddressException) {
            return NetError.NAME_NOT_RESOLVED.code();
        }
        if (error instanceof UnsupportedAddressTypeException) {
            return NetError.ADDRESS_UNREACHABLE.code();
        }
        if (error instanceof PortUnreachableException) {
            return NetError.CONNECTION_REFUSED.code();
        }
        if (error instanceof SocketTimeoutException) {
            return NetError.TIMED_OUT.code();
        }
        if (error instanceof IllegalArgumentException) {
            return NetError.INVALID_ARGUMENT.code();
        }
        return fromMessage(error.getMessage(), NetError.FAILED.code());
    }

    /** Mapping for connect(): ETIMEDOUT is -118, EACCES -138, and unknown errors -104. */
    public static int mapConnect(Throwable error) {
        if (error instanceof SocketTimeoutException) {
            return NetError.CONNECTION_TIMED_OUT.code();
        }
        if (error instanceof NoRouteToHostException) {
            return NetError.ADDRESS_UNREACHABLE.code();
        }
        String message = lower(error.getMessage());
        if (message.contains("timed out")) {
            return NetError.CONNECTION_TIMED_OUT.code();
        }
        if (message.contains("permission denied")) {
            return NetError.NETWORK_ACCESS_DENIED.code();
        }
        int code = map(error);
        return code == NetError.FAILED.code() ? NetError.CONNECTION_FAILED.code() : code;
    }

    private static int fromMessage(String text, int fallback) {
        String m = lower(text);
        if (m.contains("connection refused")) {
            return NetError.CONNECTION_REFUSED.code();
        }
        if (m.contains("connection reset") || m.contains("broken pipe") || m.contains("network dropped")) {
            return NetError.CONNECTION_RESET.code();
        }
        if (m.contains("connection aborted") || m.contains("software caused connection abort")) {
            return NetError.CONNECTION_ABORTED.code();
        }
        if (m.contains("address already in use")) {
            return NetError.ADDRESS_IN_USE.code();
        }
        if (m.contains("cannot assign requested address")) {
            return NetError.ADDRESS_INVALID.code();
        }
        if (m.contains("permission denied") || m.contains("operation not permitted")) {
            return NetError.ACCESS_DENIED.code();
        }
        if (m.contains("network is unreachable") || m.contains("no route to host") || m.contains("host is down")
                || m.contains("address family not supported") || m.contains("protocol family unavailable")) {
            return NetError.ADDRESS_UNREACHABLE.code();
        }
        if (m.contains("network is down")) {
            return NetError.INTERNET_DISCONNECTED.code();
        }
        if (m.contains("message too long")) {
            return NetError.MSG_TOO_BIG.code();
        }
        if (m.contains("timed out")) {
            return NetError.TIMED_OUT.code();
        }
        if (m.contains("not connected")) {
            return NetError.SOCKET_NOT_CONNECTED.code();
        }
        if (m.contains("already connected")) {
            return NetError.SOCKET_IS_CONNECTED.code();
        }
        if (m.contains("invalid argument") || m.contains("no such device") || m.contains("bad address")) {
            return NetError.INVALID_ARGUMENT.code();
        }
        if (m.contains("too many open files") || m.contains("resource busy")) {
            return NetError.INSUFFICIENT_RESOURCES.code();
        }
        if (m.contains("no buffer space") || m.contains("cannot allocate memory")) {
            return NetError.OUT_OF_MEMORY.code();
        }
        if (m.contains("bad file descriptor") || m.contains("socket closed")) {
            return NetError.INVALID_HANDLE.code();
        }
        if (m.contains("not supported") || m.contains("not implemented")) {
            return NetError.NOT_IMPLEMENTED.code();
        }
        return fallback;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /** Whether an error means the connection is gone for good. */
    public static boolean isFatalToConnection(int code) {
        return code == NetError.CONNECTION_RESET.code() || code == NetError.CONNECTION_ABORTED.code()
                || code == NetError.SOCKET_NOT_CONNECTED.code() || code == NetError.CONNECTION_CLOSED.code()
                || code == NetError.TIMED_OUT.code();
    }
}
