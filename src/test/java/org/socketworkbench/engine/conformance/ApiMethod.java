package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.WriteInfo;

import java.util.List;

import static org.socketworkbench.engine.conformance.TestData.PAYLOAD;

/**
 * A chrome.socket method that takes a socket id and a callback, as data: how to call it, and
 * what its callback gets for an unknown id (§5.0; Java shapes from src/docs/java-api.md), always with
 * lastError {@code Socket not found}. The arguments are harmless: nothing reaches the network for
 * an unknown id.
 *
 * @param name          the method's name, as the console warning spells it
 * @param invocation    calls the method on an id with a callback
 * @param notFoundValue the callback argument for an unknown id
 */
record ApiMethod<T>(String name, Invocation<T> invocation, T notFoundValue) {

    /** Calls one method. */
    @FunctionalInterface
    interface Invocation<T> {
        void invoke(SocketEngine engine, int socketId, Callback<T> callback);
    }

    /** Every method with a socket id and a callback, the setMulticastInterface extension included. */
    static final List<ApiMethod<?>> ALL = List.of(
            new ApiMethod<>("connect", (e, id, cb) -> e.connect(id, "127.0.0.1", 9, cb), -1),
            new ApiMethod<>("bind", (e, id, cb) -> e.bind(id, "127.0.0.1", 0, cb), -1),
            new ApiMethod<>("read", (e, id, cb) -> e.read(id, null, cb), ReadInfo.of(-1)),
            new ApiMethod<>("write", (e, id, cb) -> e.write(id, PAYLOAD, cb), new WriteInfo(-1)),
            new ApiMethod<>("recvFrom", (e, id, cb) -> e.recvFrom(id, null, cb), RecvFromInfo.of(-1)),
            new ApiMethod<>("sendTo", (e, id, cb) -> e.sendTo(id, PAYLOAD, "127.0.0.1", 9, cb), new WriteInfo(-1)),
            new ApiMethod<>("listen", (e, id, cb) -> e.listen(id, "127.0.0.1", 0, null, cb), -1),
            new ApiMethod<>("accept", SocketEngine::accept, new AcceptInfo(-1, null)),                    // D14
            new ApiMethod<>("setKeepAlive", (e, id, cb) -> e.setKeepAlive(id, true, null, cb), false),
            new ApiMethod<>("setNoDelay", (e, id, cb) -> e.setNoDelay(id, true, cb), false),
            new ApiMethod<>("getInfo", SocketEngine::getInfo, null),
            new ApiMethod<>("joinGroup", (e, id, cb) -> e.joinGroup(id, "239.255.77.1", cb), -1),
            new ApiMethod<>("leaveGroup", (e, id, cb) -> e.leaveGroup(id, "239.255.77.1", cb), -1),
            new ApiMethod<>("setMulticastTimeToLive", (e, id, cb) -> e.setMulticastTimeToLive(id, 0, cb), -1),
            new ApiMethod<>("setMulticastLoopbackMode", (e, id, cb) -> e.setMulticastLoopbackMode(id, true, cb), -1),
            new ApiMethod<>("getJoinedGroups", SocketEngine::getJoinedGroups, null),
            new ApiMethod<>("secure", (e, id, cb) -> e.secure(id, null, cb), -4),
            new ApiMethod<>("setMulticastInterface", (e, id, cb) -> e.setMulticastInterface(id, "lo", cb), -1));

    void invoke(SocketEngine engine, int socketId, Callback<T> callback) {
        invocation.invoke(engine, socketId, callback);
    }

    @Override
    public String toString() {
        return name;
    }
}
