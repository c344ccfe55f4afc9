package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Direction;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which captured payloads a view shows: by socket, direction, peer and content. A pure predicate;
 * every criterion left empty matches everything.
 */
public final class TrafficFilter implements Predicate<CapturedPayload> {

    /** Shows everything. */
    public static final TrafficFilter ALL = new TrafficFilter(SocketIdSet.ALL, null, "", new byte[0]);

    private final SocketIdSet sockets;
    private final Direction direction;
    private final String peer;
    private final byte[] content;

    /**
     * @param sockets   the sockets to show
     * @param direction IN or OUT, or null for both
     * @param peer      text the peer endpoint ({@code 10.0.0.1:80}, {@code [::1]:80}) must contain,
     *                  ignoring case; "" for any peer
     * @param content   bytes the payload must contain; empty for any payload. Build them from
     *                  the user's text with {@link PayloadParser#parse}
     */
    public TrafficFilter(SocketIdSet sockets, Direction direction, String peer, byte[] content) {
        this.sockets = Objects.requireNonNull(sockets, "sockets");
        this.direction = direction;
        this.peer = Objects.requireNonNull(peer, "peer").trim().toLowerCase(Locale.ROOT);
        this.content = content.clone();
    }

    /**
     * Builds a filter from what the user typed.
     *
     * @param sockets       socket ids and ranges ({@link SocketIdSet#parse}), "" for all
     * @param direction     IN, OUT or null for both
     * @param peer          peer address or port substring, "" for any
     * @param content       bytes to look for, as the user typed them, "" for any
     * @param contentFormat how {@code content} is written (text, hex, text with escapes)
     * @throws IllegalArgumentException saying which field is wrong and why
     */
    public static TrafficFilter parse(String sockets, Direction direction, String peer, String content,
                                      PayloadFormat contentFormat) {
        SocketIdSet socketIds;
        try {
            socketIds = SocketIdSet.parse(sockets);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Texts.get("traffic.filter.socketProblem", e.getMessage()), e);
        }
        try {
            return new TrafficFilter(socketIds, direction, peer, PayloadParser.parse(content, contentFormat));
        } catch (PayloadFormatException e) {
            throw new IllegalArgumentException(Texts.get("traffic.filter.contentProblem", e.getMessage()), e);
        }
    }

    @Override
    public boolean test(CapturedPayload payload) {
        return sockets.contains(payload.socketId())
                && (direction == null || payload.direction() == direction)
                && (peer.isEmpty() || payload.flow().peerEndpoint().toLowerCase(Locale.ROOT).contains(peer))
                && ByteSearch.indexOf(payload.data(), payload.offset() + payload.length(), content, payload.offset()) >= 0;
    }

    /** Whether this filter lets everything through. */
    public boolean matchesEverything() {
        return sockets.isAll() && direction == null && peer.isEmpty() && content.length == 0;
    }

    @Override
    public String toString() {
        return "sockets " + sockets + ", direction " + (direction == null ? "both" : direction)
                + ", peer '" + peer + "', content " + content.length + " bytes";
    }
}
