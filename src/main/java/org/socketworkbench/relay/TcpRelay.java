package org.socketworkbench.relay;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.TlsInfo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TCP relay: accepts a client, connects a socket of its own to the target, and joins the two
 * legs with a {@link TcpLegs}. A target that fails to connect closes the client's leg cleanly
 * (FIN) and the conversation keeps the error (-102 when it refused). With {@link RelayTls} the
 * listening socket terminates TLS (the engine's setServerTls) and/or the target leg is secured
 * after connect; a failed handshake on either leg closes its partner the same way, with the TLS
 * code.
 */
final class TcpRelay extends Relay {

    private static final int BACKLOG = 128;

    private final Set<TcpLegs> open = new HashSet<>();

    TcpRelay(SocketEngine engine, RelayEndpoints endpoints, RelaySettings settings, RelayTls tls,
             RelayListener listener) {
        super(engine, endpoints, settings, tls, listener);
    }

    /** Accepted clients whose TLS handshake failed, with its code (only the "secure" event carries it). */
    private final Map<Integer, Integer> clientHandshakeFailures = new ConcurrentHashMap<>();
    /** Each accepted client's TLS handshake result (0 or the code), which may come before or after accept's callback. */
    private final Map<Integer, CompletableFuture<Integer>> clientHandshakes = new ConcurrentHashMap<>();
    private AutoCloseable handshakeWatch;

    @Override
    protected void open(int socketId, Callback<Integer> result) {
        if (tls.listen() != null) {
            // the engine reports a failed server handshake as this event, before a later read of
            // the closed connection can answer -15 (observers run synchronously, under the socket's lock)
            handshakeWatch = engine.addObserver(new EngineObserver() {
                @Override
                public void socketChanged(SocketEvent event) {
                    if (event.parentId() == socketId && "secure".equals(event.cause())) {
                        if (event.resultCode() < 0) {
                            clientHandshakeFailures.put(event.socketId(), event.resultCode());
                        }
                        clientHandshake(event.socketId()).complete(event.resultCode());
                    }
                }
            });
        }
        if (tls.listen() == null) {
            engine.listen(socketId, endpoints.listenAddress(), endpoints.listenPort(), BACKLOG, result);
            return;
        }
        // before listen (src/docs/java-api.md): every accepted client then handshakes before its first read
        engine.setServerTls(socketId, tls.listen(), loop.then(set -> {
            if (set < 0) {
                result.onResult(set);
            } else {
                engine.listen(socketId, endpoints.listenAddress(), endpoints.listenPort(), BACKLOG, result);
            }
        }));
    }

    private CompletableFuture<Integer> clientHandshake(int clientId) {
        return clientHandshakes.computeIfAbsent(clientId, id -> new CompletableFuture<>());
    }

    @Override
    protected void serve() {
        if (!closed) {
            engine.accept(listenSocketId, loop.then(this::accepted));
        }
    }

    private void accepted(AcceptInfo info) {
        if (closed) {
            if (info.resultCode() == 0) {
                engine.destroy(info.socketId());
            }
            return;
        }
        serve();
        if (info.resultCode() != 0) {
            return;
        }
        int clientId = info.socketId();
        // takes effect within the call: the first read of this leg comes later
        engine.setKeepWriteOpenOnPeerClose(clientId, true, ignored -> { });
        engine.getInfo(clientId, loop.then((SocketInfo client) -> connectTarget(clientId, client)));
    }

    private void connectTarget(int clientId, SocketInfo client) {
        Conversation conversation = newConversation(client == null ? "" : client.peerAddress(),
                client == null || client.peerPort() == null ? 0 : client.peerPort(), clientId);
        listener.opened(conversation);
        engine.create("tcp", null, loop.then(created -> {
            int serverId = created.socketId();
            serverLeg(conversation, serverId);
            engine.connect(serverId, endpoints.targetHost(), endpoints.targetPort(), loop.then(result -> {
                if (closed) {
                    engine.destroy(serverId);
                    engine.destroy(clientId);
                    ended(conversation, 0, RelayMessages.reason(RelayMessages.RELAY_CLOSED));
                } else if (result < 0) {
                    clientHandshakes.remove(clientId);
                    clientHandshakeFailures.remove(clientId);
                    engine.destroy(serverId);
                    engine.destroy(clientId);
                    ended(conversation, result, RelayMessages.legFailed(RelayMessages.CONNECTING, result));
                } else if (tls.target() && tls.listen() != null) {
                    // the client's ALPN choice is offered to the target: its handshake first
                    clientHandshake(clientId).thenAccept(code -> loop.execute(() ->
                            afterClientHandshake(conversation, clientId, serverId, code)));
                } else if (tls.target()) {
                    secureTarget(conversation, clientId, serverId, null);
                } else {
                    join(conversation, clientId, serverId);
                }
            }));
        }));
    }

    /** Both legs TLS: the client's handshake ended; secure the target with the client's ALPN, or end. */
    private void afterClientHandshake(Conversation conversation, int clientId, int serverId, int code) {
        clientHandshakes.remove(clientId);
        if (closed || code < 0) {
            clientHandshakeFailures.remove(clientId);
            engine.destroy(serverId);
            engine.destroy(clientId);
            ended(conversation, closed ? 0 : code, closed ? RelayMessages.reason(RelayMessages.RELAY_CLOSED)
                    : RelayMessages.legFailed(RelayMessages.TLS_FROM_CLIENT, code));
            return;
        }
        engine.getTlsInfo(clientId, loop.then((TlsInfo info) -> {
            conversation.clientTls(LegTls.of(info));
            secureTarget(conversation, clientId, serverId, info == null ? null : info.alpn());
        }));
    }

    /** secure() before the first read of the target leg (Chrome requires no pending read). */
    private void secureTarget(Conversation conversation, int clientId, int serverId, String clientAlpn) {
        engine.secure(serverId, null, tls.targetOptions(endpoints.targetHost(), clientAlpn), loop.then(result -> {
            if (closed) {
                engine.destroy(serverId);
                engine.destroy(clientId);
                ended(conversation, 0, RelayMessages.reason(RelayMessages.RELAY_CLOSED));
            } else if (result < 0) {
                engine.destroy(serverId);
                engine.destroy(clientId);
                ended(conversation, result, RelayMessages.legFailed(RelayMessages.TLS_TO_TARGET, result));
            } else {
                engine.getTlsInfo(serverId, loop.then((TlsInfo info) -> {
                    conversation.targetTls(LegTls.of(info));
                    join(conversation, clientId, serverId);
                }));
            }
        }));
    }

    private void join(Conversation conversation, int clientId, int serverId) {
        if (tls.listen() != null && conversation.clientTls() == null) {
            // the client's handshake runs on its own; its details are there once it is done
            clientHandshake(clientId).thenAccept(code -> {
                clientHandshakes.remove(clientId);
                if (code == 0) {
                    engine.getTlsInfo(clientId, info -> conversation.clientTls(LegTls.of(info)));
                }
            });
        }
        engine.setKeepWriteOpenOnPeerClose(serverId, true, ignored -> { });
        TcpLegs legs = new TcpLegs(this, conversation, clientId, serverId);
        open.add(legs);
        conversation.opened();
        legs.start();
    }

    /** The code the client's TLS handshake failed with, or 0 (it did not fail, or the relay is plain). */
    int clientHandshakeFailure(int clientId) {
        Integer code = clientHandshakeFailures.remove(clientId);
        return code == null ? 0 : code;
    }

    // ---------------------------------------------------------------- for TcpLegs (on the loop)

    SocketEngine engine() {
        return engine;
    }

    RelayLoop loop() {
        return loop;
    }

    Dice diceFor(Conversation conversation, RelayDirection direction) {
        return dice(conversation, direction);
    }

    void legsEnded(TcpLegs legs, int code, RelayText why) {
        open.remove(legs);
        ended(legs.conversation(), code, why);
    }

    @Override
    protected void settingsChanged() {
        for (TcpLegs legs : List.copyOf(open)) {
            legs.settingsChanged();
        }
    }

    @Override
    protected void closeAll() {
        for (TcpLegs legs : List.copyOf(open)) {
            legs.end(0, RelayMessages.reason(RelayMessages.RELAY_CLOSED), false);
        }
        if (handshakeWatch != null) {
            try {
                handshakeWatch.close();
            } catch (Exception e) {
                // an observer handle only unregisters
            }
        }
    }
}
