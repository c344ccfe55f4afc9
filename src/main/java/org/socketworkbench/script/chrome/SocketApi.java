package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.CreateInfo;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketMessages;
import org.socketworkbench.engine.SocketOperation;
import org.socketworkbench.engine.SocketPermissions;

import java.util.Map;

import static org.socketworkbench.script.chrome.Schemas.BINARY;
import static org.socketworkbench.script.chrome.Schemas.BOOLEAN;
import static org.socketworkbench.script.chrome.Schemas.INTEGER;
import static org.socketworkbench.script.chrome.Schemas.SECURE_OPTIONS;
import static org.socketworkbench.script.chrome.Schemas.STRING;
import static org.socketworkbench.script.chrome.Schemas.callback;
import static org.socketworkbench.script.chrome.Schemas.enumOf;
import static org.socketworkbench.script.chrome.Schemas.function;
import static org.socketworkbench.script.chrome.Schemas.object;
import static org.socketworkbench.script.chrome.Schemas.optional;
import static org.socketworkbench.script.chrome.Schemas.param;
import static org.socketworkbench.script.chrome.Schemas.socketId;

/**
 * {@code chrome.socket} for scripts: Chrome's signatures (IDL of contract source S7), its callback
 * shapes ({@link SocketShapes}), and the manifest's {@code "socket"} permission checked where
 * Chrome checks it (contract §3.4). Everything else is the engine's. The script sees only the
 * sockets it created or accepted.
 *
 * <p>Extension, not in Chrome: {@code chrome.socket.setMulticastInterface(socketId, interfaceName,
 * callback)} chooses the adapter for joins and outgoing multicast (before {@code bind}), as
 * {@link SocketEngine#setMulticastInterface} does.
 */
final class SocketApi {

    private static final ApiFunction CREATE = function("socket.create", param("type", enumOf("tcp", "udp")),
            optional("options", object(Map.of())), callback());
    private static final ApiFunction DESTROY = function("socket.destroy", socketId());
    private static final ApiFunction CONNECT = function("socket.connect", socketId(), param("hostname", STRING),
            param("port", INTEGER), callback());
    private static final ApiFunction BIND = function("socket.bind", socketId(), param("address", STRING),
            param("port", INTEGER), callback());
    private static final ApiFunction DISCONNECT = function("socket.disconnect", socketId());
    private static final ApiFunction READ = function("socket.read", socketId(), optional("bufferSize", INTEGER), callback());
    private static final ApiFunction WRITE = function("socket.write", socketId(), param("data", BINARY), callback());
    private static final ApiFunction RECV_FROM = function("socket.recvFrom", socketId(),
            optional("bufferSize", INTEGER), callback());
    private static final ApiFunction SEND_TO = function("socket.sendTo", socketId(), param("data", BINARY),
            param("address", STRING), param("port", INTEGER), callback());
    private static final ApiFunction LISTEN = function("socket.listen", socketId(), param("address", STRING),
            param("port", INTEGER), optional("backlog", INTEGER), callback());
    private static final ApiFunction ACCEPT = function("socket.accept", socketId(), callback());
    private static final ApiFunction SET_KEEP_ALIVE = function("socket.setKeepAlive", socketId(),
            param("enable", BOOLEAN), optional("delay", INTEGER), callback());
    private static final ApiFunction SET_NO_DELAY = function("socket.setNoDelay", socketId(),
            param("noDelay", BOOLEAN), callback());
    private static final ApiFunction GET_INFO = function("socket.getInfo", socketId(), callback());
    private static final ApiFunction GET_NETWORK_LIST = function("socket.getNetworkList", callback());
    private static final ApiFunction JOIN_GROUP = function("socket.joinGroup", socketId(), param("address", STRING),
            callback());
    private static final ApiFunction LEAVE_GROUP = function("socket.leaveGroup", socketId(),
            param("address", STRING), callback());
    private static final ApiFunction SET_TTL = function("socket.setMulticastTimeToLive", socketId(),
            param("ttl", INTEGER), callback());
    private static final ApiFunction SET_LOOPBACK = function("socket.setMulticastLoopbackMode", socketId(),
            param("enabled", BOOLEAN), callback());
    private static final ApiFunction GET_JOINED_GROUPS = function("socket.getJoinedGroups", socketId(), callback());
    private static final ApiFunction SECURE = function("socket.secure", socketId(),
            optional("options", SECURE_OPTIONS), callback());
    private static final ApiFunction SET_MULTICAST_INTERFACE = function("socket.setMulticastInterface", socketId(),
            param("interfaceName", STRING), callback());

    private final ApiCalls calls;
    private final SocketEngine engine;
    private final SocketPermissions permissions;
    private final SocketShapes shapes;
    private final OwnedSockets owned = new OwnedSockets();

    SocketApi(ApiCalls calls, SocketPermissions permissions) {
        this.calls = calls;
        this.engine = calls.engine();
        this.permissions = permissions;
        this.shapes = new SocketShapes(calls.scope());
    }

    /** The {@code chrome.socket} object. */
    ScriptableObject create(Scriptable scope) {
        ApiObject api = new ApiObject(scope);
        defineLifecycle(api);
        defineConnections(api);
        defineData(api);
        defineOptions(api);
        defineMulticast(api);
        return api.object();
    }

    /** Destroys every socket the script still owns (the app is unloaded). */
    void destroyAll() {
        for (int id : owned.ids()) {
            engine.destroy(id);
            owned.remove(id);
        }
    }

    private void defineLifecycle(ApiObject api) {
        api.define(CREATE, a -> {
            SocketKind kind = "tcp".equals(a.string(0)) ? SocketKind.TCP : SocketKind.UDP;
            Callable callback = a.function(2);
            engine.create(kind.chromeName(), null, calls.thenOrRelease((CreateInfo info, String error) -> {
                if (info.socketId() > 0) {
                    owned.add(info.socketId(), kind);
                }
                calls.invoke(CREATE.name(), callback, error, shapes.created(info.socketId()));
            }, info -> engine.destroy(info.socketId())));
        });
        api.define(DESTROY, a -> {
            int id = a.integer(0);
            engine.destroy(owned.engineId(id));
            owned.remove(id);
        });
        api.define(DISCONNECT, a -> {
            int id = a.integer(0);
            if (owned.kind(id) == null) {
                calls.warnUncheckedLater(DISCONNECT.name(), SocketMessages.SOCKET_NOT_FOUND);
            } else {
                engine.disconnect(id);
            }
        });
        api.define(GET_INFO, a -> engine.getInfo(owned.engineId(a.integer(0)),
                calls.reply(GET_INFO.name(), a.function(1), shapes::info)));
        api.define(GET_NETWORK_LIST, a -> engine.getNetworkList(
                calls.reply(GET_NETWORK_LIST.name(), a.function(0), shapes::networkList)));
    }

    private void defineConnections(ApiObject api) {
        api.define(CONNECT, a -> {
            int id = a.integer(0);
            String host = a.string(1);
            int port = a.integer(2);
            SocketOperation op = owned.kind(id) == SocketKind.UDP ? SocketOperation.UDP_SEND_TO : SocketOperation.TCP_CONNECT;
            if (deniedFor(id, null, op, host, port)) {
                deny(CONNECT, a.function(3), -1);
            } else {
                engine.connect(owned.engineId(id), host, port, calls.reply(CONNECT.name(), a.function(3), shapes::result));
            }
        });
        api.define(BIND, a -> {
            int id = a.integer(0);
            if (deniedFor(id, SocketKind.UDP, SocketOperation.UDP_BIND, a.string(1), a.integer(2))) {
                deny(BIND, a.function(3), -1);
            } else {
                engine.bind(owned.engineId(id), a.string(1), a.integer(2),
                        calls.reply(BIND.name(), a.function(3), shapes::result));
            }
        });
        api.define(LISTEN, a -> {
            int id = a.integer(0);
            if (deniedFor(id, null, SocketOperation.TCP_LISTEN, a.string(1), a.integer(2))) {
                deny(LISTEN, a.function(4), -1);
            } else {
                engine.listen(owned.engineId(id), a.string(1), a.integer(2), a.optionalInteger(3),
                        calls.reply(LISTEN.name(), a.function(4), shapes::result));
            }
        });
        api.define(ACCEPT, a -> {
            Callable callback = a.function(1);
            engine.accept(owned.engineId(a.integer(0)), calls.thenOrRelease((AcceptInfo info, String error) -> {
                if (info.resultCode() == 0 && info.socketId() != null) {
                    owned.add(info.socketId(), SocketKind.TCP);
                }
                calls.invoke(ACCEPT.name(), callback, error, shapes.accept(info, error));
            }, info -> {
                if (info.socketId() != null) {
                    engine.destroy(info.socketId());
                }
            }));
        });
        api.define(SECURE, a -> {
            int id = a.integer(0);
            Callable callback = a.function(2);
            engine.secure(owned.engineId(id), SecureOptionsArgument.read(a.object(1)), calls.then((Integer result, String error) -> {
                if (result != null && result != 0 && engine.sockets().stream().noneMatch(s -> s.socketId() == id)) {
                    owned.remove(id);
                }
                calls.invoke(SECURE.name(), callback, error, shapes.result(result, error));
            }));
        });
    }

    private void defineData(ApiObject api) {
        api.define(READ, a -> engine.read(owned.engineId(a.integer(0)), a.optionalInteger(1),
                calls.reply(READ.name(), a.function(2), shapes::read)));
        api.define(WRITE, a -> engine.write(owned.engineId(a.integer(0)), a.binary(1),
                calls.reply(WRITE.name(), a.function(2), shapes::write)));
        api.define(RECV_FROM, a -> engine.recvFrom(owned.engineId(a.integer(0)), a.optionalInteger(1),
                calls.reply(RECV_FROM.name(), a.function(2), shapes::recvFrom)));
        api.define(SEND_TO, a -> {
            int id = a.integer(0);
            if (deniedFor(id, SocketKind.UDP, SocketOperation.UDP_SEND_TO, a.string(2), a.integer(3))) {
                deny(SEND_TO, a.function(4), -1);
            } else {
                engine.sendTo(owned.engineId(id), a.binary(1), a.string(2), a.integer(3),
                        calls.reply(SEND_TO.name(), a.function(4), shapes::sendTo));
            }
        });
    }

    private void defineOptions(ApiObject api) {
        api.define(SET_KEEP_ALIVE, a -> engine.setKeepAlive(owned.engineId(a.integer(0)), a.bool(1),
                a.optionalInteger(2), calls.reply(SET_KEEP_ALIVE.name(), a.function(3), shapes::flag)));
        api.define(SET_NO_DELAY, a -> engine.setNoDelay(owned.engineId(a.integer(0)), a.bool(1),
                calls.reply(SET_NO_DELAY.name(), a.function(2), shapes::flag)));
    }

    private void defineMulticast(ApiObject api) {
        api.define(JOIN_GROUP, a -> {
            int id = a.integer(0);
            if (deniedFor(id, SocketKind.UDP, SocketOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0)) {
                deny(JOIN_GROUP, a.function(2), -1);
            } else {
                engine.joinGroup(owned.engineId(id), a.string(1), calls.reply(JOIN_GROUP.name(), a.function(2), shapes::result));
            }
        });
        api.define(LEAVE_GROUP, a -> {
            int id = a.integer(0);
            if (deniedFor(id, SocketKind.UDP, SocketOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0)) {
                deny(LEAVE_GROUP, a.function(2), -1);
            } else {
                engine.leaveGroup(owned.engineId(id), a.string(1), calls.reply(LEAVE_GROUP.name(), a.function(2), shapes::result));
            }
        });
        api.define(GET_JOINED_GROUPS, a -> {
            int id = a.integer(0);
            if (deniedFor(id, SocketKind.UDP, SocketOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0)) {
                deny(GET_JOINED_GROUPS, a.function(1), -1);
            } else {
                engine.getJoinedGroups(owned.engineId(id), calls.reply(GET_JOINED_GROUPS.name(), a.function(1), shapes::groups));
            }
        });
        api.define(SET_TTL, a -> engine.setMulticastTimeToLive(owned.engineId(a.integer(0)), a.integer(1),
                calls.reply(SET_TTL.name(), a.function(2), shapes::result)));
        api.define(SET_LOOPBACK, a -> engine.setMulticastLoopbackMode(owned.engineId(a.integer(0)), a.bool(1),
                calls.reply(SET_LOOPBACK.name(), a.function(2), shapes::result)));
        api.define(SET_MULTICAST_INTERFACE, a -> engine.setMulticastInterface(owned.engineId(a.integer(0)),
                a.string(1), calls.reply(SET_MULTICAST_INTERFACE.name(), a.function(2), shapes::result)));
    }

    /**
     * Whether the manifest denies {@code op} for an owned socket of {@code kind} (any kind when
     * null). Unknown ids and ports out of range are left to the engine, whose "Socket not found"
     * and port checks come first in Chrome's order (contract §3.4).
     */
    private boolean deniedFor(int id, SocketKind kind, SocketOperation op, String host, int port) {
        SocketKind actual = owned.kind(id);
        boolean checked = actual != null && (kind == null || kind == actual) && port >= 0 && port <= 65535;
        return checked && !permissions.allows(op, host, port);
    }

    private void deny(ApiFunction function, Callable callback, int result) {
        calls.replyLater(function.name(), callback, SocketMessages.PERMISSION, result);
    }
}
