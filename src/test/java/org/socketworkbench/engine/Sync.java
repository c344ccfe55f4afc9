package org.socketworkbench.engine;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Test support: calls an engine method and waits (with a timeout, never a sleep) for its
 * callback, capturing the payload and the lastError visible inside the callback.
 */
public final class Sync {

    /** What a callback received. */
    public record Result<T>(T value, Optional<String> lastError, boolean onCallingThread) {
        public String error() {
            return lastError.orElse(null);
        }
    }

    public static final long TIMEOUT_SECONDS = 20;

    private final ChromeSocket api;

    public Sync(ChromeSocket api) {
        this.api = api;
    }

    /** Runs {@code call} with a callback and waits for its result. */
    public <T> Result<T> call(Consumer<Callback<T>> call) {
        return await(start(call));
    }

    /**
     * Runs {@code call} with a callback and returns at once: for operations that stay pending
     * until the test does something else. The result is captured as {@link #call} does.
     */
    public <T> CompletableFuture<Result<T>> start(Consumer<Callback<T>> call) {
        CompletableFuture<Result<T>> done = new CompletableFuture<>();
        Thread caller = Thread.currentThread();
        boolean[] returned = {false};
        call.accept(value -> done.complete(new Result<>(value, api.lastError(), !returned[0] && Thread.currentThread() == caller)));
        returned[0] = true;
        return done;
    }

    /** Waits (with the timeout) for a result {@link #start} promised. */
    public static <T> Result<T> await(CompletableFuture<Result<T>> pending) {
        try {
            return pending.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no callback within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Just the payload. */
    public <T> T value(Consumer<Callback<T>> call) {
        return call(call).value();
    }

    public int create(String type) {
        return value((Callback<CreateInfo> cb) -> api.create(type, null, cb)).socketId();
    }

    /** A TCP server listening on 127.0.0.1 at an ephemeral port; returns {serverId, port}. */
    public int[] listeningServer() {
        return listeningServer(null);
    }

    /** As {@link #listeningServer()} with an explicit backlog (null: Chrome's 5). */
    public int[] listeningServer(Integer backlog) {
        int server = create("tcp");
        int result = value((Callback<Integer> cb) -> api.listen(server, "127.0.0.1", 0, backlog, cb));
        if (result != 0) {
            throw new AssertionError("listen failed: " + result);
        }
        int port = value((Callback<SocketInfo> cb) -> api.getInfo(server, cb)).localPort();
        return new int[] {server, port};
    }

    /** A connected pair on loopback: {serverId, clientId, acceptedId}. */
    public int[] connectedPair() {
        int[] server = listeningServer();
        int client = create("tcp");
        CompletableFuture<AcceptInfo> accepted = new CompletableFuture<>();
        api.accept(server[0], accepted::complete);
        int connect = value((Callback<Integer> cb) -> api.connect(client, "127.0.0.1", server[1], cb));
        if (connect != 0) {
            throw new AssertionError("connect failed: " + connect);
        }
        try {
            AcceptInfo info = accepted.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new int[] {server[0], client, info.socketId()};
        } catch (Exception e) {
            throw new AssertionError("accept did not complete", e);
        }
    }

    /** A UDP socket bound to 127.0.0.1 at an ephemeral port: {id, port}. */
    public int[] boundUdp() {
        int id = create("udp");
        int result = value((Callback<Integer> cb) -> api.bind(id, "127.0.0.1", 0, cb));
        if (result != 0) {
            throw new AssertionError("bind failed: " + result);
        }
        return new int[] {id, value((Callback<SocketInfo> cb) -> api.getInfo(id, cb)).localPort()};
    }

    /** Reads until end of stream (a read returning 0); returns everything read before it. */
    public byte[] readUntilEndOfStream(int socketId) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            ReadInfo info = value((Callback<ReadInfo> cb) -> api.read(socketId, null, cb));
            if (info.resultCode() == 0) {
                return out.toByteArray();
            }
            if (info.resultCode() < 0) {
                throw new AssertionError("read failed with " + info.resultCode() + " before end of stream");
            }
            out.writeBytes(info.data());
        }
    }

    /** Reads until {@code n} bytes arrived. */
    public byte[] readExactly(int socketId, int n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (out.size() < n) {
            ReadInfo info = value((Callback<ReadInfo> cb) -> api.read(socketId, 65536, cb));
            if (info.resultCode() <= 0) {
                throw new AssertionError("read ended with " + info.resultCode() + " after " + out.size() + " bytes");
            }
            out.writeBytes(info.data());
        }
        return out.toByteArray();
    }
}
