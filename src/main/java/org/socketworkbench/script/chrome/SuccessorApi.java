package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.socketworkbench.engine.CreateInfo;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketMessages;
import org.socketworkbench.engine.SocketsOperation;
import org.socketworkbench.engine.SocketsPermissions;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.script.runtime.Js;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.socketworkbench.script.chrome.Schemas.BOOLEAN;
import static org.socketworkbench.script.chrome.Schemas.callback;
import static org.socketworkbench.script.chrome.Schemas.function;
import static org.socketworkbench.script.chrome.Schemas.optional;
import static org.socketworkbench.script.chrome.Schemas.optionalCallback;
import static org.socketworkbench.script.chrome.Schemas.param;
import static org.socketworkbench.script.chrome.Schemas.socketId;

/**
 * What the three {@code chrome.sockets.*} namespaces share (contract §10): their own id space
 * ({@link SocketTable}) over engine sockets, {@code create}, {@code update}, {@code setPaused},
 * {@code close}, {@code getInfo}, {@code getSockets}, the {@code "sockets"} manifest permission
 * ({@code Does not have permission}), and net errors reported as {@code net::ERR_*} lastError.
 */
abstract class SuccessorApi {

    static final String PERMISSION = "Does not have permission";
    static final Object[] NO_ARGUMENT = {};

    final String namespace;
    final ApiCalls calls;
    final SocketEngine engine;
    final Scriptable scope;
    final SocketTable table;
    private final SocketsPermissions permissions;

    SuccessorApi(String namespace, ApiCalls calls, SocketsPermissions permissions, SocketTable table) {
        this.namespace = namespace;
        this.calls = calls;
        this.engine = calls.engine();
        this.scope = calls.scope();
        this.permissions = permissions;
        this.table = table;
    }

    /** The engine socket type behind this namespace: "tcp" or "udp". */
    abstract String engineType();

    /** Keeps a read or accept outstanding when the socket wants events. */
    abstract void resume(SuccessorSocket socket);

    /** This namespace's {@code SocketInfo} for a socket and what the engine knows of it. */
    abstract ScriptableObject info(SuccessorSocket socket, SocketInfo engineInfo);

    /** The namespace's {@code SocketProperties} schema. */
    abstract Schema propertiesSchema();

    ApiFunction fn(String name, Param... params) {
        return function(namespace + "." + name, params);
    }

    /** Defines create, update, setPaused, close, getInfo and getSockets. */
    void defineCommon(ApiObject api) {
        ApiFunction create = fn("create", optional("properties", propertiesSchema()), callback());
        ApiFunction update = fn("update", socketId(), param("properties", propertiesSchema()), optionalCallback());
        ApiFunction setPaused = fn("setPaused", socketId(), param("paused", BOOLEAN), optionalCallback());
        ApiFunction close = fn("close", socketId(), optionalCallback());
        ApiFunction getInfo = fn("getInfo", socketId(), callback());
        ApiFunction getSockets = fn("getSockets", callback());
        api.define(create, a -> {
            Scriptable properties = a.object(0);
            Callable callback = a.function(1);
            engine.create(engineType(), null, calls.thenOrRelease((CreateInfo info, String error) -> {
                SuccessorSocket socket = table.add(info.socketId());
                socket.update(properties);
                calls.invoke(create.name(), callback, error, created(socket.id));
            }, info -> engine.destroy(info.socketId())));
        });
        api.define(update, a -> withSocket(update, a.integer(0), a.function(2), socket -> {
            socket.update(a.object(1));
            calls.replyLater(update.name(), a.function(2), null);
        }));
        api.define(setPaused, a -> withSocket(setPaused, a.integer(0), a.function(2), socket -> {
            socket.paused = a.bool(1);
            resume(socket);
            calls.replyLater(setPaused.name(), a.function(2), null);
        }));
        api.define(close, a -> withSocket(close, a.integer(0), a.function(1), socket -> {
            table.remove(socket);
            engine.destroy(socket.engineId);
            calls.replyLater(close.name(), a.function(1), null);
        }));
        api.define(getInfo, a -> withSocket(getInfo, a.integer(0), a.function(1), socket ->
                engine.getInfo(socket.engineId, calls.then((SocketInfo info, String error) ->
                        calls.invoke(getInfo.name(), a.function(1), null, info(socket, info))))));
        api.define(getSockets, a -> getSockets(getSockets, a.function(0)));
    }

    private void getSockets(ApiFunction getSockets, Callable callback) {
        List<SuccessorSocket> sockets = table.all();
        Object[] infos = new Object[sockets.size()];
        int[] missing = {sockets.size()};
        if (sockets.isEmpty()) {
            calls.replyLater(getSockets.name(), callback, null, Js.newArray(scope, List.of()));
        }
        for (int i = 0; i < sockets.size(); i++) {
            int index = i;
            SuccessorSocket socket = sockets.get(i);
            engine.getInfo(socket.engineId, calls.then((SocketInfo info, String error) -> {
                infos[index] = info(socket, info);
                if (--missing[0] == 0) {
                    calls.invoke(getSockets.name(), callback, null, Js.newArray(scope, List.of(infos)));
                }
            }));
        }
    }

    /**
     * Runs {@code body} with the socket, or answers "Socket not found" with no result: the shape
     * of every sockets.* function but secure (contract §10).
     */
    void withSocket(ApiFunction function, int id, Callable callback, java.util.function.Consumer<SuccessorSocket> body) {
        SuccessorSocket socket = table.get(id);
        if (socket == null) {
            calls.replyLater(function.name(), callback, SocketMessages.SOCKET_NOT_FOUND);
        } else {
            body.accept(socket);
        }
    }

    /** Whether the manifest's {@code "sockets"} key denies the request; answers the script if so. */
    boolean denied(ApiFunction function, Callable callback, SocketsOperation operation, String host, int port) {
        if (permissions.allows(operation, host, port)) {
            return false;
        }
        calls.replyLater(function.name(), callback, PERMISSION);
        return true;
    }

    /** The lastError of a net result: none for 0 and positive counts, {@code net::ERR_*} otherwise. */
    static String netError(int result) {
        return result >= 0 ? null : NetError.lastErrorText(result);
    }

    /** An int result as sockets.* report it: the code, with {@code net::ERR_*} lastError when negative. */
    void replyResult(ApiFunction function, Callable callback, int result) {
        calls.invoke(function.name(), callback, netError(result), result);
    }

    /** sockets.* SendInfo: {resultCode: 0, bytesSent} or {resultCode: error} with net::ERR_* lastError. */
    void sendResult(ApiFunction send, Callable callback, WriteInfo info, String engineError) {
        if (info == null) {
            calls.invoke(send.name(), callback, engineError, NO_ARGUMENT);
            return;
        }
        ScriptableObject object = Js.newObject(scope);
        int written = info.bytesWritten();
        object.put("resultCode", object, Math.min(written, 0));
        if (written >= 0) {
            object.put("bytesSent", object, written);
        }
        calls.invoke(send.name(), callback, netError(written), object);
    }

    ScriptableObject created(int socketId) {
        ScriptableObject object = Js.newObject(scope);
        object.put("socketId", object, socketId);
        return object;
    }

    /** The fields every sockets.* SocketInfo starts with: socketId, persistent, name?. */
    ScriptableObject infoHead(SuccessorSocket socket) {
        ScriptableObject object = Js.newObject(scope);
        object.put("socketId", object, socket.id);
        object.put("persistent", object, socket.persistent);
        SocketShapes.putIfPresent(object, "name", socket.name);
        return object;
    }

    /** {@code {socketId, resultCode}} of onReceiveError and onAcceptError. */
    ScriptableObject errorInfo(SuccessorSocket socket, int resultCode) {
        ScriptableObject object = Js.newObject(scope);
        object.put("socketId", object, socket.id);
        object.put("resultCode", object, resultCode);
        return object;
    }

    /** Every engine socket this namespace still holds; closes them (the app is unloaded). */
    void closeAll() {
        for (SuccessorSocket socket : new ArrayList<>(table.all())) {
            table.remove(socket);
            engine.destroy(socket.engineId);
        }
    }

    static Map<String, Schema> properties(boolean withBufferSize) {
        return withBufferSize
                ? Map.of("persistent", BOOLEAN, "name", Schemas.STRING, "bufferSize", Schemas.INTEGER)
                : Map.of("persistent", BOOLEAN, "name", Schemas.STRING);
    }
}
