package org.socketworkbench.script.chrome;

import org.socketworkbench.engine.SocketsPermissions;

/**
 * What {@code chrome.sockets.tcp} and {@code chrome.sockets.udp} share: data arrives as
 * {@code onReceive} events, failures as {@code onReceiveError}, and their socket properties
 * include {@code bufferSize}.
 */
abstract class ReceivingApi extends SuccessorApi {

    final JsEvent onReceive;
    final JsEvent onReceiveError;

    ReceivingApi(String namespace, ApiCalls calls, SocketsPermissions permissions) {
        super(namespace, calls, permissions, new SocketTable());
        this.onReceive = new JsEvent(scope);
        this.onReceiveError = new JsEvent(scope);
    }

    @Override
    final Schema propertiesSchema() {
        return Schemas.object(properties(true));
    }

    /** Puts {@code onReceive} and {@code onReceiveError} on the namespace object. */
    final void defineReceiveEvents(ApiObject api) {
        api.put("onReceive", onReceive.object());
        api.put("onReceiveError", onReceiveError.object());
    }
}
