package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.ScriptableObject;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketsOperation;
import org.socketworkbench.engine.SocketsPermissions;
import org.socketworkbench.script.runtime.Js;

import static org.socketworkbench.script.chrome.Schemas.INTEGER;
import static org.socketworkbench.script.chrome.Schemas.STRING;
import static org.socketworkbench.script.chrome.Schemas.callback;
import static org.socketworkbench.script.chrome.Schemas.optional;
import static org.socketworkbench.script.chrome.Schemas.optionalCallback;
import static org.socketworkbench.script.chrome.Schemas.param;
import static org.socketworkbench.script.chrome.Schemas.socketId;

/**
 * {@code chrome.sockets.tcpServer} (contract §10): listen and disconnect, and connections as
 * {@code onAccept {socketId, clientSocketId}} events. The client ids are {@code sockets.tcp} ids
 * and start paused. While a server listens and is not paused the runtime keeps one accept
 * outstanding; a paused server lets connections wait in the listen backlog.
 */
final class SocketsTcpServerApi extends SuccessorApi {

    /** The backlog when listen() gives none: Linux's SOMAXCONN of the Chrome era. */
    static final int SOMAXCONN = 128;

    private final SocketsTcpApi tcp;
    private final JsEvent onAccept;
    private final JsEvent onAcceptError;

    SocketsTcpServerApi(ApiCalls calls, SocketsPermissions permissions, SocketsTcpApi tcp) {
        super("sockets.tcpServer", calls, permissions, new SocketTable());
        this.tcp = tcp;
        this.onAccept = new JsEvent(scope);
        this.onAcceptError = new JsEvent(scope);
    }

    @Override
    String engineType() {
        return "tcp";
    }

    @Override
    Schema propertiesSchema() {
        return Schemas.object(properties(false));
    }

    ScriptableObject create() {
        ApiObject api = new ApiObject(scope);
        defineCommon(api);
        ApiFunction listen = fn("listen", socketId(), param("address", STRING), param("port", INTEGER),
                optional("backlog", INTEGER), callback());
        ApiFunction disconnect = fn("disconnect", socketId(), optionalCallback());
        api.define(listen, a -> withSocket(listen, a.integer(0), a.function(4), socket -> {
            if (!denied(listen, a.function(4), SocketsOperation.TCP_SERVER_LISTEN, a.string(1), a.integer(2))) {
                listen(listen, socket, a.string(1), a.integer(2), a.optionalInteger(3), a.function(4));
            }
        }));
        api.define(disconnect, a -> withSocket(disconnect, a.integer(0), a.function(1), socket -> {
            engine.disconnect(socket.engineId);
            socket.active = false;
            socket.generation++;
            calls.replyLater(disconnect.name(), a.function(1), null);
        }));
        api.put("onAccept", onAccept.object());
        api.put("onAcceptError", onAcceptError.object());
        return api.object();
    }

    private void listen(ApiFunction listen, SuccessorSocket socket, String address, int port, Integer backlog,
                        Callable callback) {
        engine.listen(socket.engineId, address, port, backlog == null ? SOMAXCONN : backlog,
                calls.then((Integer result, String error) -> {
                    if (result == null) {
                        calls.invoke(listen.name(), callback, error, NO_ARGUMENT);
                        return;
                    }
                    if (result == 0) {
                        socket.active = true;
                        resume(socket);
                    }
                    replyResult(listen, callback, result);
                }));
    }

    @Override
    void resume(SuccessorSocket server) {
        if (!server.wantsEvents()) {
            return;
        }
        server.busy = true;
        int generation = server.generation;
        engine.accept(server.engineId, calls.thenOrRelease((AcceptInfo info, String error) -> {
            server.busy = false;
            if (server.closed || generation != server.generation) {
                release(info);
                resume(server);
            } else if (info.resultCode() == 0 && info.socketId() != null) {
                SuccessorSocket client = tcp.adopt(info.socketId());
                ScriptableObject event = Js.newObject(scope);
                event.put("socketId", event, server.id);
                event.put("clientSocketId", event, client.id);
                onAccept.dispatch(event);
                resume(server);
            } else {
                server.paused = true;
                onAcceptError.dispatch(errorInfo(server, info.resultCode()));
            }
        }, this::release));
    }

    private void release(AcceptInfo info) {
        if (info.socketId() != null) {
            engine.destroy(info.socketId());
        }
    }

    @Override
    ScriptableObject info(SuccessorSocket socket, SocketInfo engineInfo) {
        ScriptableObject object = infoHead(socket);
        object.put("paused", object, socket.paused);
        if (engineInfo != null) {
            SocketShapes.putIfPresent(object, "localAddress", engineInfo.localAddress());
            SocketShapes.putIfPresent(object, "localPort", engineInfo.localPort());
        }
        return object;
    }
}
