package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.ScriptableObject;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketsOperation;
import org.socketworkbench.engine.SocketsPermissions;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.script.runtime.Js;

import java.util.List;

import static org.socketworkbench.script.chrome.Schemas.BINARY;
import static org.socketworkbench.script.chrome.Schemas.BOOLEAN;
import static org.socketworkbench.script.chrome.Schemas.INTEGER;
import static org.socketworkbench.script.chrome.Schemas.STRING;
import static org.socketworkbench.script.chrome.Schemas.callback;
import static org.socketworkbench.script.chrome.Schemas.param;
import static org.socketworkbench.script.chrome.Schemas.socketId;

/**
 * {@code chrome.sockets.udp} (contract §10): bind, send, multicast, and datagrams as
 * {@code onReceive {socketId, data, remoteAddress, remotePort}} events. While a socket is bound
 * and not paused the runtime keeps one receive outstanding; an error ends in
 * {@code onReceiveError} and pauses the socket.
 *
 * <p>{@code setBroadcast} (Chrome 44+) is the engine's setBroadcast extension: SO_BROADCAST, off
 * until asked, so a send to a broadcast address is -10 before it as in Chrome.
 */
final class SocketsUdpApi extends ReceivingApi {

    SocketsUdpApi(ApiCalls calls, SocketsPermissions permissions) {
        super("sockets.udp", calls, permissions);
    }

    @Override
    String engineType() {
        return "udp";
    }

    ScriptableObject create() {
        ApiObject api = new ApiObject(scope);
        defineCommon(api);
        ApiFunction bind = fn("bind", socketId(), param("address", STRING), param("port", INTEGER), callback());
        ApiFunction send = fn("send", socketId(), param("data", BINARY), param("address", STRING),
                param("port", INTEGER), callback());
        api.define(bind, a -> withSocket(bind, a.integer(0), a.function(3), socket -> {
            if (!denied(bind, a.function(3), SocketsOperation.UDP_BIND, a.string(1), a.integer(2))) {
                bind(bind, socket, a.string(1), a.integer(2), a.function(3));
            }
        }));
        api.define(send, a -> withSocket(send, a.integer(0), a.function(4), socket -> {
            if (!denied(send, a.function(4), SocketsOperation.UDP_SEND, a.string(2), a.integer(3))) {
                engine.sendTo(socket.engineId, a.binary(1), a.string(2), a.integer(3),
                        calls.then((WriteInfo info, String error) -> sendResult(send, a.function(4), info, error)));
            }
        }));
        defineMulticast(api);
        defineReceiveEvents(api);
        return api.object();
    }

    private void defineMulticast(ApiObject api) {
        ApiFunction join = fn("joinGroup", socketId(), param("address", STRING), callback());
        ApiFunction leave = fn("leaveGroup", socketId(), param("address", STRING), callback());
        ApiFunction ttl = fn("setMulticastTimeToLive", socketId(), param("ttl", INTEGER), callback());
        ApiFunction loopback = fn("setMulticastLoopbackMode", socketId(), param("enabled", BOOLEAN), callback());
        ApiFunction groups = fn("getJoinedGroups", socketId(), callback());
        ApiFunction broadcast = fn("setBroadcast", socketId(), param("enabled", BOOLEAN), callback());
        api.define(join, a -> withSocket(join, a.integer(0), a.function(2), socket -> {
            if (!denied(join, a.function(2), SocketsOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0)) {
                engine.joinGroup(socket.engineId, a.string(1), result(join, a.function(2)));
            }
        }));
        api.define(leave, a -> withSocket(leave, a.integer(0), a.function(2), socket -> {
            if (!denied(leave, a.function(2), SocketsOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0)) {
                engine.leaveGroup(socket.engineId, a.string(1), result(leave, a.function(2)));
            }
        }));
        api.define(ttl, a -> withSocket(ttl, a.integer(0), a.function(2), socket ->
                engine.setMulticastTimeToLive(socket.engineId, a.integer(1), result(ttl, a.function(2)))));
        api.define(loopback, a -> withSocket(loopback, a.integer(0), a.function(2), socket ->
                engine.setMulticastLoopbackMode(socket.engineId, a.bool(1), result(loopback, a.function(2)))));
        api.define(groups, a -> withSocket(groups, a.integer(0), a.function(1), socket -> {
            if (!denied(groups, a.function(1), SocketsOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0)) {
                engine.getJoinedGroups(socket.engineId, calls.then((List<String> list, String error) ->
                        calls.invoke(groups.name(), a.function(1), error,
                                list == null ? NO_ARGUMENT : new Object[] {Js.newArray(scope, list)})));
            }
        }));
        api.define(broadcast, a -> withSocket(broadcast, a.integer(0), a.function(2), socket ->
                engine.setBroadcast(socket.engineId, a.bool(1), result(broadcast, a.function(2)))));
    }

    private Callback<Integer> result(ApiFunction function, Callable callback) {
        return calls.then((Integer result, String error) -> replyResult(function, callback, result));
    }

    private void bind(ApiFunction bind, SuccessorSocket socket, String address, int port, Callable callback) {
        engine.bind(socket.engineId, address, port, calls.then((Integer result, String error) -> {
            if (result == null) {
                calls.invoke(bind.name(), callback, error, NO_ARGUMENT);
                return;
            }
            if (result == 0) {
                socket.active = true;
                resume(socket);
            }
            replyResult(bind, callback, result);
        }));
    }

    @Override
    void resume(SuccessorSocket socket) {
        if (!socket.wantsEvents()) {
            return;
        }
        socket.busy = true;
        int generation = socket.generation;
        engine.recvFrom(socket.engineId, socket.receiveSize(), calls.then((RecvFromInfo info, String error) -> {
            socket.busy = false;
            if (socket.closed || generation != socket.generation) {
                resume(socket);
            } else if (info.resultCode() >= 0) {
                ScriptableObject event = Js.newObject(scope);
                event.put("socketId", event, socket.id);
                event.put("data", event, Js.newArrayBuffer(scope, info.data()));
                event.put("remoteAddress", event, info.address());
                event.put("remotePort", event, info.port());
                onReceive.dispatch(event);
                resume(socket);
            } else {
                socket.paused = true;
                onReceiveError.dispatch(errorInfo(socket, info.resultCode()));
            }
        }));
    }

    @Override
    ScriptableObject info(SuccessorSocket socket, SocketInfo engineInfo) {
        ScriptableObject object = infoHead(socket);
        SocketShapes.putIfPresent(object, "bufferSize", socket.bufferSize);
        object.put("paused", object, socket.paused);
        if (engineInfo != null) {
            SocketShapes.putIfPresent(object, "localAddress", engineInfo.localAddress());
            SocketShapes.putIfPresent(object, "localPort", engineInfo.localPort());
        }
        return object;
    }
}
