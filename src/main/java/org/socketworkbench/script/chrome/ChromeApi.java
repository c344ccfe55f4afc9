package org.socketworkbench.script.chrome;

import org.mozilla.javascript.ScriptableObject;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketPermissions;
import org.socketworkbench.engine.SocketsPermissions;
import org.socketworkbench.script.runtime.Js;
import org.socketworkbench.script.runtime.JsLastError;
import org.socketworkbench.script.runtime.ScriptLoop;

/**
 * The script's {@code chrome} object: {@code chrome.socket}, {@code chrome.sockets.tcp},
 * {@code chrome.sockets.udp}, {@code chrome.sockets.tcpServer} and {@code chrome.runtime.lastError},
 * all over one {@link SocketEngine}. Create and use it on the script's event-loop thread.
 */
public final class ChromeApi {

    private final SocketApi socket;
    private final SocketsTcpApi tcp;
    private final SocketsUdpApi udp;
    private final SocketsTcpServerApi tcpServer;

    private ChromeApi(SocketApi socket, SocketsTcpApi tcp, SocketsUdpApi udp, SocketsTcpServerApi tcpServer) {
        this.socket = socket;
        this.tcp = tcp;
        this.udp = udp;
        this.tcpServer = tcpServer;
    }

    /**
     * Defines {@code chrome} in {@code scope}.
     *
     * @param socketRules  the manifest's {@code "socket"} permission (chrome.socket)
     * @param socketsRules the manifest's {@code "sockets"} key (chrome.sockets.*)
     */
    public static ChromeApi install(ScriptableObject scope, ScriptLoop loop, SocketEngine engine, JsLastError lastError,
                                    SocketPermissions socketRules, SocketsPermissions socketsRules) {
        ApiCalls calls = new ApiCalls(loop, scope, lastError, engine);
        SocketsTcpApi tcp = new SocketsTcpApi(calls, socketsRules);
        ChromeApi api = new ChromeApi(new SocketApi(calls, socketRules), tcp, new SocketsUdpApi(calls, socketsRules),
                new SocketsTcpServerApi(calls, socketsRules, tcp));
        ScriptableObject sockets = Js.newObject(scope);
        sockets.put("tcp", sockets, api.tcp.create());
        sockets.put("udp", sockets, api.udp.create());
        sockets.put("tcpServer", sockets, api.tcpServer.create());
        ScriptableObject runtime = Js.newObject(scope);
        lastError.install(runtime);
        ScriptableObject chrome = Js.newObject(scope);
        chrome.put("socket", chrome, api.socket.create(scope));
        chrome.put("sockets", chrome, sockets);
        chrome.put("runtime", chrome, runtime);
        scope.defineProperty("chrome", chrome, ScriptableObject.DONTENUM);
        return api;
    }

    /** Destroys every socket the script still has, in every namespace (the app is unloaded). */
    public void destroyAll() {
        socket.destroyAll();
        tcpServer.closeAll();
        tcp.closeAll();
        udp.closeAll();
    }
}
