package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.CreateInfo;
import org.socketworkbench.engine.NetworkInterface;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.WriteInfo;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every chrome.socket method as a call that waits for its callback and returns what the callback
 * saw (payload and lastError). Each result is also checked against §2.1: the callback never runs
 * inside the call. The {@code start...} variants return at once, for operations that stay pending.
 */
final class Calls {

    private final SocketEngine engine;
    private final Sync sync;

    Calls(SocketEngine engine) {
        this.engine = engine;
        this.sync = new Sync(engine);
    }

    /** Any call, waited for. */
    <T> Sync.Result<T> call(Consumer<Callback<T>> call) {
        return checked(sync.call(call));
    }

    /** Any call, not waited for; {@link #await} gives the result later. */
    <T> CompletableFuture<Sync.Result<T>> start(Consumer<Callback<T>> call) {
        return sync.start(call);
    }

    <T> Sync.Result<T> await(CompletableFuture<Sync.Result<T>> pending) {
        return checked(Sync.await(pending));
    }

    private static <T> Sync.Result<T> checked(Sync.Result<T> result) {
        assertFalse(result.onCallingThread(), "the callback ran inside the call (contract §2.1)");
        return result;
    }

    Sync.Result<CreateInfo> create(String type) {
        return call(cb -> engine.create(type, null, cb));
    }

    Sync.Result<Integer> connect(int id, String hostname, int port) {
        return call(cb -> engine.connect(id, hostname, port, cb));
    }

    CompletableFuture<Sync.Result<Integer>> startConnect(int id, String hostname, int port) {
        return start(cb -> engine.connect(id, hostname, port, cb));
    }

    Sync.Result<Integer> bind(int id, String address, int port) {
        return call(cb -> engine.bind(id, address, port, cb));
    }

    Sync.Result<ReadInfo> read(int id, Integer bufferSize) {
        return call(cb -> engine.read(id, bufferSize, cb));
    }

    CompletableFuture<Sync.Result<ReadInfo>> startRead(int id, Integer bufferSize) {
        return start(cb -> engine.read(id, bufferSize, cb));
    }

    /** Reads until {@code n} bytes arrived (as many reads as it takes). */
    byte[] readExactly(int id, int n) {
        return sync.readExactly(id, n);
    }

    /** Reads until end of stream (a read returning 0); returns everything read before it. */
    byte[] readUntilEndOfStream(int id) {
        return sync.readUntilEndOfStream(id);
    }

    Sync.Result<WriteInfo> write(int id, byte[] data) {
        return call(cb -> engine.write(id, data, cb));
    }

    CompletableFuture<Sync.Result<WriteInfo>> startWrite(int id, byte[] data) {
        return start(cb -> engine.write(id, data, cb));
    }

    Sync.Result<RecvFromInfo> recvFrom(int id, Integer bufferSize) {
        return call(cb -> engine.recvFrom(id, bufferSize, cb));
    }

    CompletableFuture<Sync.Result<RecvFromInfo>> startRecvFrom(int id, Integer bufferSize) {
        return start(cb -> engine.recvFrom(id, bufferSize, cb));
    }

    Sync.Result<WriteInfo> sendTo(int id, byte[] data, String address, int port) {
        return call(cb -> engine.sendTo(id, data, address, port, cb));
    }

    Sync.Result<Integer> listen(int id, String address, int port) {
        return listen(id, address, port, null);
    }

    Sync.Result<Integer> listen(int id, String address, int port, Integer backlog) {
        return call(cb -> engine.listen(id, address, port, backlog, cb));
    }

    Sync.Result<AcceptInfo> accept(int id) {
        return call(cb -> engine.accept(id, cb));
    }

    CompletableFuture<Sync.Result<AcceptInfo>> startAccept(int id) {
        return start(cb -> engine.accept(id, cb));
    }

    Sync.Result<Boolean> setKeepAlive(int id, boolean enable, Integer delay) {
        return call(cb -> engine.setKeepAlive(id, enable, delay, cb));
    }

    Sync.Result<Boolean> setNoDelay(int id, boolean noDelay) {
        return call(cb -> engine.setNoDelay(id, noDelay, cb));
    }

    Sync.Result<SocketInfo> getInfo(int id) {
        return call(cb -> engine.getInfo(id, cb));
    }

    Sync.Result<List<NetworkInterface>> getNetworkList() {
        return call(engine::getNetworkList);
    }

    Sync.Result<Integer> joinGroup(int id, String address) {
        return call(cb -> engine.joinGroup(id, address, cb));
    }

    Sync.Result<Integer> leaveGroup(int id, String address) {
        return call(cb -> engine.leaveGroup(id, address, cb));
    }

    Sync.Result<Integer> setMulticastTimeToLive(int id, int ttl) {
        return call(cb -> engine.setMulticastTimeToLive(id, ttl, cb));
    }

    Sync.Result<Integer> setMulticastLoopbackMode(int id, boolean enabled) {
        return call(cb -> engine.setMulticastLoopbackMode(id, enabled, cb));
    }

    Sync.Result<Integer> setMulticastInterface(int id, String interfaceName) {
        return call(cb -> engine.setMulticastInterface(id, interfaceName, cb));
    }

    Sync.Result<List<String>> getJoinedGroups(int id) {
        return call(cb -> engine.getJoinedGroups(id, cb));
    }

    Sync.Result<Integer> secure(int id, SecureOptions options) {
        return call(cb -> engine.secure(id, options, cb));
    }

    CompletableFuture<Sync.Result<Integer>> startSecure(int id, SecureOptions options) {
        return start(cb -> engine.secure(id, options, cb));
    }
}
