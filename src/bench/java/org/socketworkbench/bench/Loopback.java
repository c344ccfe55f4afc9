package org.socketworkbench.bench;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.ChromeSocket;
import org.socketworkbench.engine.SocketInfo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Blocking set-up steps for benchmarks (the measured parts stay asynchronous). */
final class Loopback {

    private static final ThreadLocal<Integer> LAST_SERVER = new ThreadLocal<>();

    private Loopback() {
    }

    static <T> T await(Consumer<Callback<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        call.accept(result::complete);
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("set-up step failed", e);
        }
    }

    static int create(ChromeSocket api, String type) {
        return Loopback.<org.socketworkbench.engine.CreateInfo>await(cb -> api.create(type, null, cb)).socketId();
    }

    /** Creates a TCP server on 127.0.0.1 (remembered for {@link #serverId()}) and returns its port. */
    static int listen(ChromeSocket api) {
        int id = create(api, "tcp");
        check(await((Callback<Integer> cb) -> api.listen(id, "127.0.0.1", 0, 1024, cb)), "listen");
        LAST_SERVER.set(id);
        return Loopback.<SocketInfo>await(cb -> api.getInfo(id, cb)).localPort();
    }

    static int serverId() {
        return LAST_SERVER.get();
    }

    static int connect(ChromeSocket api, int port) {
        int id = create(api, "tcp");
        check(await((Callback<Integer> cb) -> api.connect(id, "127.0.0.1", port, cb)), "connect");
        return id;
    }

    /** A UDP socket bound to 127.0.0.1; returns {id, port}. */
    static int[] bindUdp(ChromeSocket api) {
        int id = create(api, "udp");
        check(await((Callback<Integer> cb) -> api.bind(id, "127.0.0.1", 0, cb)), "bind");
        return new int[] {id, Loopback.<SocketInfo>await(cb -> api.getInfo(id, cb)).localPort()};
    }

    private static void check(int result, String what) {
        if (result != 0) {
            throw new IllegalStateException(what + " failed: " + result);
        }
    }
}
