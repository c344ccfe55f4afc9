package org.socketworkbench.replies;

import org.socketworkbench.sockets.SocketActions;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which workbench sockets answer with which rule set: attach one to a TCP server (then every
 * connection it accepts answers), a TCP connection or a UDP socket, through the socket plumbing
 * ({@link SocketActions#attachReceiver}).
 */
public final class ReplyAttachments {

    private final SocketActions actions;
    private final AutoReplier.Listener listener;
    private final Map<Integer, AutoReplier> attached = new ConcurrentHashMap<>();

    public ReplyAttachments(SocketActions actions, AutoReplier.Listener listener) {
        this.actions = actions;
        this.listener = listener;
    }

    /**
     * {@code socketId} answers with {@code set} from now on (replacing its rule set, keeping the
     * hit counters of unchanged rules).
     *
     * @throws RuleSetException when the set has problems
     */
    public RuleBook attach(int socketId, RuleSet set) {
        AutoReplier existing = attached.get(socketId);
        if (existing != null) {
            existing.book().replace(set);
            return existing.book();
        }
        AutoReplier replier = new AutoReplier(actions.engine(), new RuleBook(set), listener);
        attached.put(socketId, replier);
        actions.attachReceiver(socketId, replier);
        return replier.book();
    }

    /** {@code socketId} stops answering. */
    public void detach(int socketId) {
        if (attached.remove(socketId) != null) {
            actions.attachReceiver(socketId, null);
        }
    }

    /** The rules {@code socketId} runs, if any. */
    public Optional<RuleBook> book(int socketId) {
        return Optional.ofNullable(attached.get(socketId)).map(AutoReplier::book);
    }
}
