package org.socketworkbench.relay;

import java.util.OptionalInt;

/**
 * One relayed connection (TCP) or flow (UDP): the client leg and the server leg, the counters of
 * both directions and how it ended. The traffic pane shows each conversation as one, with its
 * direction ({@link Relay#classify}). State changes on the relay's loop thread; readers anywhere.
 */
public final class Conversation {

    /** Where a conversation is. */
    public enum State { CONNECTING, OPEN, CLOSED }

    private final int number;
    private final RelayProtocol protocol;
    private final String clientAddress;
    private final int clientPort;
    private final int clientSocketId;
    private final long openedNanos = System.nanoTime();
    private final DirectionStats toServer = new DirectionStats();
    private final DirectionStats toClient = new DirectionStats();
    private volatile int serverSocketId = -1;
    private volatile State state = State.CONNECTING;
    private volatile int resultCode;
    private volatile RelayText reason = RelayText.NONE;
    private volatile long closedNanos;
    private volatile LegTls clientTls;
    private volatile LegTls targetTls;

    Conversation(int number, RelayProtocol protocol, String clientAddress, int clientPort, int clientSocketId) {
        this.number = number;
        this.protocol = protocol;
        this.clientAddress = clientAddress == null ? "" : clientAddress;
        this.clientPort = clientPort;
        this.clientSocketId = clientSocketId;
    }

    /** 1, 2, ... in the order clients arrived. */
    public int number() {
        return number;
    }

    public RelayProtocol protocol() {
        return protocol;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public int clientPort() {
        return clientPort;
    }

    /** The client leg's socket (for UDP the relay's listening socket, shared by all flows). */
    public int clientSocketId() {
        return clientSocketId;
    }

    /** The server leg's socket, -1 until it exists. */
    public int serverSocketId() {
        return serverSocketId;
    }

    public State state() {
        return state;
    }

    /** 0, or the net error that ended it (-102: the target refused). */
    public int resultCode() {
        return resultCode;
    }

    /** Why it ended, in words of the current language; empty while open. */
    public String reason() {
        return reason.text();
    }

    public DirectionStats stats(RelayDirection direction) {
        return direction == RelayDirection.CLIENT_TO_SERVER ? toServer : toClient;
    }

    /** How long it has been open (until it closed). */
    public long durationNanos() {
        long end = state == State.CLOSED ? closedNanos : System.nanoTime();
        return end - openedNanos;
    }

    /** The error that ended it, if one did. */
    public OptionalInt error() {
        return resultCode < 0 ? OptionalInt.of(resultCode) : OptionalInt.empty();
    }

    /** What TLS negotiated with the client, or null (a plain leg, or the handshake is not done). */
    public LegTls clientTls() {
        return clientTls;
    }

    /** What TLS negotiated with the target, or null (a plain leg, or the handshake is not done). */
    public LegTls targetTls() {
        return targetTls;
    }

    void clientTls(LegTls tls) {
        clientTls = tls;
    }

    void targetTls(LegTls tls) {
        targetTls = tls;
    }

    void serverSocket(int id) {
        serverSocketId = id;
    }

    void opened() {
        state = State.OPEN;
    }

    /** True the first time only. */
    boolean close(int code, RelayText why) {
        if (state == State.CLOSED) {
            return false;
        }
        resultCode = code;
        reason = why;
        closedNanos = System.nanoTime();
        state = State.CLOSED;
        return true;
    }
}
