package org.socketworkbench.relay;

import org.socketworkbench.engine.NetError;

import java.util.concurrent.ScheduledFuture;

/**
 * One TCP conversation's two legs and the two {@link TcpPipe}s between them. A FIN crosses as a
 * FIN (the conversation ends when both directions finished); a reset or a failed read or write
 * resets both legs, as the network would have; the close-after impairments end it early. On the
 * relay's loop.
 */
final class TcpLegs {

    private final TcpRelay relay;
    private final Conversation conversation;
    private final int clientId;
    private final int serverId;
    private final TcpPipe toServer;
    private final TcpPipe toClient;
    private ScheduledFuture<?> timeout;
    private boolean ended;

    TcpLegs(TcpRelay relay, Conversation conversation, int clientId, int serverId) {
        this.relay = relay;
        this.conversation = conversation;
        this.clientId = clientId;
        this.serverId = serverId;
        this.toServer = new TcpPipe(this, RelayDirection.CLIENT_TO_SERVER, clientId, serverId);
        this.toClient = new TcpPipe(this, RelayDirection.SERVER_TO_CLIENT, serverId, clientId);
    }

    Conversation conversation() {
        return conversation;
    }

    TcpRelay relay() {
        return relay;
    }

    RelaySettings settings() {
        return relay.settings();
    }

    void start() {
        armTimeout();
        toServer.start();
        toClient.start();
    }

    void settingsChanged() {
        armTimeout();
        toServer.settingsChanged();
        toClient.settingsChanged();
    }

    /** close-after-T: measured from when the conversation opened, whichever direction asks first. */
    private void armTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
        long best = 0;
        boolean reset = false;
        for (RelayDirection direction : RelayDirection.values()) {
            Impairments impairments = settings().of(direction);
            if (impairments.closeAfterMs() > 0 && (best == 0 || impairments.closeAfterMs() < best)) {
                best = impairments.closeAfterMs();
                reset = impairments.resetOnClose();
            }
        }
        if (best > 0) {
            boolean withReset = reset;
            long at = System.nanoTime() - conversation.durationNanos() + best * 1_000_000L;
            timeout = relay.loop().at(at, () -> end(0, withReset ? RelayMessages.reason(RelayMessages.RESET_BY_IMPAIRMENT)
                    : RelayMessages.reason(RelayMessages.CLOSE_AFTER_TIME), withReset));
        }
    }

    /** A pipe forwarded its FIN. */
    void finished() {
        if (toServer.finished() && toClient.finished()) {
            end(0, RelayMessages.reason(RelayMessages.CLIENT_CLOSED), false);
        }
    }

    /**
     * The pipe's target leg could not shut down only its output (a TLS 1.2 leg that already
     * answered the peer's close_notify), so the whole conversation closes with FIN (and close_notify).
     */
    void finCouldNotCross(TcpPipe pipe, int code) {
        end(0, relay.tls().any() ? RelayMessages.reason(RelayMessages.TLS_NO_HALF_CLOSE)
                : RelayMessages.legFailed(pipe.direction() == RelayDirection.CLIENT_TO_SERVER
                        ? RelayMessages.FORWARDING_CLIENT_FIN : RelayMessages.FORWARDING_SERVER_FIN, code), false);
    }

    /** A pipe's close-after-N-bytes was reached and what came before it was written. */
    void limitReached(Impairments impairments) {
        end(0, impairments.resetOnClose() ? RelayMessages.reason(RelayMessages.RESET_BY_IMPAIRMENT)
                : RelayMessages.reason(RelayMessages.CLOSE_AFTER_BYTES),
                impairments.resetOnClose());
    }

    /** A read failed on the pipe's source leg: the other leg gets a reset, as it would have. */
    void readFailed(TcpPipe pipe, int code) {
        boolean fromClient = pipe.direction() == RelayDirection.CLIENT_TO_SERVER;
        int handshake = fromClient ? relay.clientHandshakeFailure(clientId) : 0;
        if (handshake < 0) {
            // the client's handshake failed: the target has seen nothing, so it gets a clean close
            end(handshake, RelayMessages.legFailed(RelayMessages.TLS_FROM_CLIENT, handshake), false);
            return;
        }
        RelayText why = code == NetError.CONNECTION_RESET.code()
                ? RelayMessages.reason(fromClient ? RelayMessages.CLIENT_RESET : RelayMessages.SERVER_RESET)
                : RelayMessages.legFailed(fromClient ? RelayMessages.READING_CLIENT : RelayMessages.READING_SERVER, code);
        end(code, why, true);
    }

    void writeFailed(TcpPipe pipe, int code) {
        boolean toTheServer = pipe.direction() == RelayDirection.CLIENT_TO_SERVER;
        TcpPipe fromThatLeg = toTheServer ? toClient : toServer;
        if (code == NetError.SOCKET_NOT_CONNECTED.code() && fromThatLeg.sawFin() && relay.tls().any()) {
            // a TLS 1.2 leg ends when its peer's close_notify arrives (TLS 1.3 half-closes): no reset for that
            end(0, RelayMessages.reason(RelayMessages.TLS_NO_HALF_CLOSE), false);
            return;
        }
        end(code, RelayMessages.legFailed(toTheServer ? RelayMessages.WRITING_SERVER : RelayMessages.WRITING_CLIENT, code), true);
    }

    /** Closes both legs, with RST when {@code reset} (SO_LINGER 0), else with FIN. */
    void end(int code, RelayText why, boolean reset) {
        if (ended) {
            return;
        }
        ended = true;
        if (timeout != null) {
            timeout.cancel(false);
        }
        toServer.stop();
        toClient.stop();
        if (reset) {
            relay.engine().reset(clientId);
            relay.engine().reset(serverId);
        } else {
            relay.engine().destroy(clientId);
            relay.engine().destroy(serverId);
        }
        relay.legsEnded(this, code, why);
    }
}
