package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.NetworkInterface;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.script.runtime.Js;

import java.util.List;

/**
 * chrome.socket's callback arguments in Chrome's exact JavaScript shapes (contract §5.0), which
 * the Java payloads cannot carry: ArrayBuffer {@code data}, a bare {@code -1} where Chrome passes
 * a number instead of an object, no argument at all ({@code undefined}) where Chrome passes none,
 * and optional fields absent rather than null.
 */
final class SocketShapes {

    private static final Object[] NO_ARGUMENT = {};

    private final Scriptable scope;

    SocketShapes(Scriptable scope) {
        this.scope = scope;
    }

    /** {@code {socketId}} of create. */
    Object created(int socketId) {
        ScriptableObject object = Js.newObject(scope);
        object.put("socketId", object, socketId);
        return object;
    }

    /** An int result; no argument when the engine had none (port out of range). */
    Object[] result(Integer value, String lastError) {
        return value == null ? NO_ARGUMENT : new Object[] {value};
    }

    Object[] flag(Boolean value, String lastError) {
        return new Object[] {value};
    }

    Object[] read(ReadInfo info, String lastError) {
        ScriptableObject object = Js.newObject(scope);
        object.put("resultCode", object, info.resultCode());
        object.put("data", object, Js.newArrayBuffer(scope, info.data()));
        return new Object[] {object};
    }

    Object[] write(WriteInfo info, String lastError) {
        return new Object[] {bytesWritten(info)};
    }

    /** sendTo: a bare number when it failed before the network (lastError set), no argument on a bad port. */
    Object[] sendTo(WriteInfo info, String lastError) {
        if (info == null) {
            return NO_ARGUMENT;
        }
        return new Object[] {lastError != null ? info.bytesWritten() : bytesWritten(info)};
    }

    private Scriptable bytesWritten(WriteInfo info) {
        ScriptableObject object = Js.newObject(scope);
        object.put("bytesWritten", object, info.bytesWritten());
        return object;
    }

    Object[] recvFrom(RecvFromInfo info, String lastError) {
        ScriptableObject object = Js.newObject(scope);
        object.put("resultCode", object, info.resultCode());
        object.put("data", object, Js.newArrayBuffer(scope, info.data()));
        object.put("address", object, info.address());
        object.put("port", object, info.port());
        return new Object[] {object};
    }

    Object[] accept(AcceptInfo info, String lastError) {
        ScriptableObject object = Js.newObject(scope);
        object.put("resultCode", object, info.resultCode());
        putIfPresent(object, "socketId", info.socketId());
        return new Object[] {object};
    }

    /** {@code undefined} for an unknown id; absent fields where the socket has no address. */
    Object[] info(SocketInfo info, String lastError) {
        if (info == null) {
            return NO_ARGUMENT;
        }
        ScriptableObject object = Js.newObject(scope);
        object.put("socketType", object, info.socketType());
        object.put("connected", object, info.connected());
        putIfPresent(object, "peerAddress", info.peerAddress());
        putIfPresent(object, "peerPort", info.peerPort());
        putIfPresent(object, "localAddress", info.localAddress());
        putIfPresent(object, "localPort", info.localPort());
        return new Object[] {object};
    }

    Object[] networkList(List<NetworkInterface> list, String lastError) {
        if (list == null) {
            return NO_ARGUMENT;
        }
        List<Scriptable> items = list.stream().map(entry -> {
            ScriptableObject object = Js.newObject(scope);
            object.put("name", object, entry.name());
            object.put("address", object, entry.address());
            object.put("prefixLength", object, entry.prefixLength());
            return (Scriptable) object;
        }).toList();
        return new Object[] {Js.newArray(scope, items)};
    }

    /** The joined groups, or the bare number -1 when the call failed (contract §5.20). */
    Object[] groups(List<String> groups, String lastError) {
        return new Object[] {groups == null ? (Object) (-1) : strings(groups)};
    }

    Scriptable strings(List<String> values) {
        return Js.newArray(scope, values);
    }

    static void putIfPresent(ScriptableObject object, String name, Object value) {
        if (value != null) {
            object.put(name, object, value);
        }
    }
}
