package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketMessages;
import org.socketworkbench.engine.SocketsOperation;
import org.socketworkbench.engine.SocketsPermissions;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.script.runtime.Js;

import static org.socketworkbench.script.chrome.Schemas.BINARY;
import static org.socketworkbench.script.chrome.Schemas.BOOLEAN;
import static org.socketworkbench.script.chrome.Schemas.INTEGER;
import static org.socketworkbench.script.chrome.Schemas.SECURE_OPTIONS;
import static org.socketworkbench.script.chrome.Schemas.STRING;
import static org.socketworkbench.script.chrome.Schemas.callback;
import static org.socketworkbench.script.chrome.Schemas.optional;
import static org.socketworkbench.script.chrome.Schemas.optionalCallback;
import static org.socketworkbench.script.chrome.Schemas.param;
import static org.socketworkbench.script.chrome.Schemas.socketId;

/**
 * {@code chrome.sockets.tcp} (contract §10): connect, send, disconnect, secure, keep-alive and
 * no-delay, and data as {@code onReceive} events. While a socket is connected and not paused the
 * runtime keeps one read outstanding; data ends in {@code onReceive {socketId, data}}, the end of
 * the stream or an error in {@code onReceiveError {socketId, resultCode}} (end of stream is
 * {@code -100}), after which the socket is paused.
 */
final class SocketsTcpApi extends ReceivingApi {

    private static final String INVALID_STATE = "Socket must be a connected client TCP socket.";

    SocketsTcpApi(ApiCalls calls, SocketsPermissions permissions) {
        super("sockets.tcp", calls, permissions);
    }

    @Override
    String engineType() {
        return "tcp";
    }

    ScriptableObject create() {
        ApiObject api = new ApiObject(scope);
        defineCommon(api);
        ApiFunction connect = fn("connect", socketId(), param("peerAddress", STRING), param("peerPort", INTEGER), callback());
        ApiFunction disconnect = fn("disconnect", socketId(), optionalCallback());
        ApiFunction send = fn("send", socketId(), param("data", BINARY), callback());
        ApiFunction secure = fn("secure", socketId(), optional("options", SECURE_OPTIONS), callback());
        ApiFunction keepAlive = fn("setKeepAlive", socketId(), param("enable", BOOLEAN), optional("delay", INTEGER), callback());
        ApiFunction noDelay = fn("setNoDelay", socketId(), param("noDelay", BOOLEAN), callback());
        api.define(connect, a -> withSocket(connect, a.integer(0), a.function(3), socket -> {
            if (!denied(connect, a.function(3), SocketsOperation.TCP_CONNECT, a.string(1), a.integer(2))) {
                connect(connect, socket, a.string(1), a.integer(2), a.function(3));
            }
        }));
        api.define(disconnect, a -> withSocket(disconnect, a.integer(0), a.function(1), socket -> {
            engine.disconnect(socket.engineId);
            socket.active = false;
            socket.generation++;
            calls.replyLater(disconnect.name(), a.function(1), null);
        }));
        api.define(send, a -> withSocket(send, a.integer(0), a.function(2), socket ->
                engine.write(socket.engineId, a.binary(1), calls.then((WriteInfo info, String error) ->
                        sendResult(send, a.function(2), info, error)))));
        api.define(secure, a -> secure(secure, a.integer(0), a.object(1), a.function(2)));
        api.define(keepAlive, a -> withSocket(keepAlive, a.integer(0), a.function(3), socket ->
                engine.setKeepAlive(socket.engineId, a.bool(1), a.optionalInteger(2), calls.then((Boolean ok, String error) ->
                        replyResult(keepAlive, a.function(3), ok ? 0 : NetError.FAILED.code())))));
        api.define(noDelay, a -> withSocket(noDelay, a.integer(0), a.function(2), socket ->
                engine.setNoDelay(socket.engineId, a.bool(1), calls.then((Boolean ok, String error) ->
                        replyResult(noDelay, a.function(2), ok ? 0 : NetError.FAILED.code())))));
        defineReceiveEvents(api);
        return api.object();
    }

    private void connect(ApiFunction connect, SuccessorSocket socket, String host, int port, Callable callback) {
        engine.connect(socket.engineId, host, port, calls.then((Integer result, String error) -> {
            if (result == null) {
                calls.invoke(connect.name(), callback, error, NO_ARGUMENT);
                return;
            }
            if (result == 0) {
                socket.active = true;
                resume(socket);
            }
            replyResult(connect, callback, result);
        }));
    }

    private void secure(ApiFunction secure, int id, Scriptable options, Callable callback) {
        SuccessorSocket socket = table.get(id);
        if (socket == null) {
            calls.replyLater(secure.name(), callback, SocketMessages.SOCKET_NOT_FOUND,
                    NetError.INVALID_ARGUMENT.code());
            return;
        }
        engine.secure(socket.engineId, SecureOptionsArgument.read(options), calls.then((Integer result, String error) -> {
            // sockets.tcp words the engine's "not a TCP socket for TLS" as its own state error
            String message = SocketMessages.SECURE_SOCKET_TYPE.equals(error) ? INVALID_STATE : error;
            if (result != 0 && engine.sockets().stream().noneMatch(s -> s.socketId() == socket.engineId)) {
                table.remove(socket);
            }
            calls.invoke(secure.name(), callback, message, result);
            resume(socket);
        }));
    }

    /** Registers a connection accepted by sockets.tcpServer: connected, and paused until the script says. */
    SuccessorSocket adopt(int engineId) {
        SuccessorSocket socket = table.add(engineId);
        socket.active = true;
        socket.paused = true;
        return socket;
    }

    @Override
    void resume(SuccessorSocket socket) {
        if (!socket.wantsEvents()) {
            return;
        }
        socket.busy = true;
        int generation = socket.generation;
        engine.read(socket.engineId, socket.receiveSize(), calls.then((ReadInfo info, String error) -> {
            socket.busy = false;
            if (socket.closed || generation != socket.generation) {
                resume(socket);
            } else if (info.resultCode() > 0) {
                ScriptableObject event = Js.newObject(scope);
                event.put("socketId", event, socket.id);
                event.put("data", event, Js.newArrayBuffer(scope, info.data()));
                onReceive.dispatch(event);
                resume(socket);
            } else {
                socket.paused = true;
                int code = info.resultCode() == 0 ? NetError.CONNECTION_CLOSED.code() : info.resultCode();
                onReceiveError.dispatch(errorInfo(socket, code));
            }
        }));
    }

    @Override
    ScriptableObject info(SuccessorSocket socket, SocketInfo engineInfo) {
        ScriptableObject object = infoHead(socket);
        SocketShapes.putIfPresent(object, "bufferSize", socket.bufferSize);
        object.put("paused", object, socket.paused);
        object.put("connected", object, engineInfo != null && engineInfo.connected());
        if (engineInfo != null) {
            SocketShapes.putIfPresent(object, "localAddress", engineInfo.localAddress());
            SocketShapes.putIfPresent(object, "localPort", engineInfo.localPort());
            SocketShapes.putIfPresent(object, "peerAddress", engineInfo.peerAddress());
            SocketShapes.putIfPresent(object, "peerPort", engineInfo.peerPort());
        }
        return object;
    }
}
