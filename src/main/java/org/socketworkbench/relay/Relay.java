package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.TrafficEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sits between a client and a server: listens on a local port and forwards each client (a TCP
 * connection, or a UDP flow per client address and port) to the target, applying the current
 * {@link RelaySettings} per direction. Both legs are ordinary engine sockets, so the socket list
 * and the traffic tap see them; {@link #classify} tells which conversation and direction a
 * payload belongs to. All relay logic runs on one {@link RelayLoop}.
 */
public abstract sealed class Relay implements AutoCloseable permits TcpRelay, UdpRelay {

    /** How many ended conversations are kept for the list (the oldest go first). */
    private static final int KEPT_CLOSED = 1000;

    protected final SocketEngine engine;
    protected final RelayEndpoints endpoints;
    protected final RelayTls tls;
    protected final RelayListener listener;
    protected final RelayLoop loop;
    private volatile RelaySettings settings;
    private final AtomicInteger numbers = new AtomicInteger();
    private final Map<Integer, Conversation> bySocket = new ConcurrentHashMap<>();
    private final List<Conversation> all = new ArrayList<>();
    /** Bytes of conversations no longer kept in {@link #all} (guarded by it), so the totals never shrink. */
    private long forgottenToServer;
    private long forgottenToClient;
    protected volatile int listenSocketId = -1;
    private volatile int listenPort;
    protected volatile boolean closed;

    protected Relay(SocketEngine engine, RelayEndpoints endpoints, RelaySettings settings, RelayTls tls,
                    RelayListener listener) {
        this.engine = Objects.requireNonNull(engine);
        this.endpoints = Objects.requireNonNull(endpoints);
        this.tls = Objects.requireNonNull(tls);
        this.settings = Objects.requireNonNull(settings);
        this.listener = Objects.requireNonNull(listener);
        this.loop = new RelayLoop("relay-" + endpoints.protocol().socketType() + "-" + endpoints.listenPort());
    }

    /** A relay for {@code endpoints.protocol()}; nothing happens until {@link #start()}. */
    public static Relay create(SocketEngine engine, RelayEndpoints endpoints, RelaySettings settings,
                               RelayListener listener) {
        return create(engine, endpoints, settings, RelayTls.NONE, listener);
    }

    /**
     * A relay with TLS on either leg (TCP only).
     *
     * @throws IllegalArgumentException for TLS on a UDP relay
     */
    public static Relay create(SocketEngine engine, RelayEndpoints endpoints, RelaySettings settings, RelayTls tls,
                               RelayListener listener) {
        if (endpoints.protocol() == RelayProtocol.UDP && tls.any()) {
            throw new IllegalArgumentException(Texts.get(RelayMessages.UDP_TLS));
        }
        return endpoints.protocol() == RelayProtocol.TCP
                ? new TcpRelay(engine, endpoints, settings, tls, listener)
                : new UdpRelay(engine, endpoints, settings, listener, UdpRelay.IDLE);
    }

    /** A UDP relay whose flows expire after {@code idle} without a datagram (60 s in {@link #create}). */
    public static Relay udp(SocketEngine engine, RelayEndpoints endpoints, RelaySettings settings, Duration idle,
                            RelayListener listener) {
        if (endpoints.protocol() != RelayProtocol.UDP) {
            throw new IllegalArgumentException("not a UDP relay: " + endpoints.protocol()); // i18n-ok: programmer error
        }
        return new UdpRelay(engine, endpoints, settings, listener, idle);
    }

    public RelayTls tls() {
        return tls;
    }

    /**
     * Opens the listening socket: completes with 0, or the net error of listen/bind (the relay
     * is then closed).
     */
    public final CompletableFuture<Integer> start() {
        CompletableFuture<Integer> started = new CompletableFuture<>();
        loop.execute(() -> engine.create(endpoints.protocol().socketType(), null, loop.then(info -> {
            listenSocketId = info.socketId();
            open(listenSocketId, loop.then(result -> {
                if (result < 0) {
                    close();
                    started.complete(result);
                    return;
                }
                engine.getInfo(listenSocketId, loop.then((SocketInfo socketInfo) -> {
                    listenPort = socketInfo == null || socketInfo.localPort() == null ? 0 : socketInfo.localPort();
                    serve();
                    started.complete(0);
                }));
            }));
        })));
        return started;
    }

    /** listen (TCP) or bind (UDP) the socket; the callback runs on the loop. */
    protected abstract void open(int socketId, Callback<Integer> result);

    /** Starts accepting or receiving (on the loop). */
    protected abstract void serve();

    public RelayEndpoints endpoints() {
        return endpoints;
    }

    public RelaySettings settings() {
        return settings;
    }

    /** Swaps the impairments (and seed) while running: the next chunk or datagram sees them. */
    public void update(RelaySettings next) {
        settings = Objects.requireNonNull(next);
        loop.execute(this::settingsChanged);
    }

    /** On the loop after {@link #update}: a stalled direction may read again. */
    protected abstract void settingsChanged();

    /** The port it listens on (the real one when 0 was asked for), 0 before start. */
    public int listenPort() {
        return listenPort;
    }

    /** The listening socket, -1 before start: the parent of the relay's legs in the socket list. */
    public int listenSocketId() {
        return listenSocketId;
    }

    /** Every conversation so far (the newest {@value #KEPT_CLOSED} ended ones), oldest first. */
    public List<Conversation> conversations() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** The figures over every conversation so far; any thread (a pane reads them once a pulse). */
    public RelayTotals totals() {
        synchronized (all) {
            long toServer = forgottenToServer;
            long toClient = forgottenToClient;
            int open = 0;
            for (Conversation conversation : all) {
                toServer += conversation.stats(RelayDirection.CLIENT_TO_SERVER).bytesOut();
                toClient += conversation.stats(RelayDirection.SERVER_TO_CLIENT).bytesOut();
                if (conversation.state() != Conversation.State.CLOSED) {
                    open++;
                }
            }
            return new RelayTotals(toServer, toClient, open, numbers.get());
        }
    }

    /** The conversation and direction of a payload the traffic tap saw, if it crossed this relay. */
    public Optional<RelayHop> classify(TrafficEvent event) {
        Conversation conversation = conversationOf(event);
        if (conversation == null) {
            return Optional.empty();
        }
        boolean clientLeg = event.socketId() == conversation.clientSocketId();
        boolean in = event.direction() == Direction.IN;
        return Optional.of(new RelayHop(conversation,
                clientLeg == in ? RelayDirection.CLIENT_TO_SERVER : RelayDirection.SERVER_TO_CLIENT));
    }

    /**
     * The relay's listening socket for a server leg of this relay (the socket list puts it there,
     * beside the client legs the listener accepted); -1 for any other socket.
     */
    public int parentOf(int socketId) {
        Conversation conversation = bySocket.get(socketId);
        return conversation != null && conversation.serverSocketId() == socketId ? listenSocketId : -1;
    }

    /** The conversation a payload crossed (UDP overrides it for the shared listening socket). */
    protected Conversation conversationOf(TrafficEvent event) {
        return bySocket.get(event.socketId());
    }

    /** Stops: no new clients, every leg closed, the loop ended. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            closeAll();
            if (listenSocketId >= 0) {
                engine.destroy(listenSocketId);
            }
            done.complete(null);
        });
        try {
            done.get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            // the loop is going away either way
        }
        loop.shutdown();
    }

    /** On the loop, from close(): ends every open conversation. */
    protected abstract void closeAll();

    // ---------------------------------------------------------------- for the subclasses (on the loop)

    protected final Conversation newConversation(String address, int port, int clientSocketId) {
        Conversation conversation = new Conversation(numbers.incrementAndGet(), endpoints.protocol(), address, port,
                clientSocketId);
        synchronized (all) {
            all.add(conversation);
            if (all.size() > KEPT_CLOSED) {
                all.stream().filter(c -> c.state() == Conversation.State.CLOSED).findFirst().ifPresent(old -> {
                    all.remove(old);
                    forgottenToServer += old.stats(RelayDirection.CLIENT_TO_SERVER).bytesOut();
                    forgottenToClient += old.stats(RelayDirection.SERVER_TO_CLIENT).bytesOut();
                    bySocket.remove(old.serverSocketId(), old);
                    bySocket.remove(old.clientSocketId(), old);
                });
            }
        }
        if (endpoints.protocol() == RelayProtocol.TCP) {
            bySocket.put(clientSocketId, conversation);
        }
        return conversation;
    }

    protected final void serverLeg(Conversation conversation, int serverSocketId) {
        conversation.serverSocket(serverSocketId);
        bySocket.put(serverSocketId, conversation);
    }

    protected final void ended(Conversation conversation, int code, RelayText why) {
        if (conversation.close(code, why)) {
            listener.closed(conversation);
        }
    }

    protected final Dice dice(Conversation conversation, RelayDirection direction) {
        return new Dice(settings.seed(), conversation.number(), direction);
    }
}
