package org.socketworkbench.workspace;

import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.multicast.MulticastWorkspace;
import org.socketworkbench.replies.ReplyAttachments;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketTracker;

import java.util.Objects;

/**
 * What holds the running bench, which a workspace is captured from ({@link WorkspaceCapture})
 * and opened into ({@link WorkspaceRestore}).
 *
 * @param actions    the workbench's socket operations (they remember how servers, clients and
 *                   UDP sockets were opened)
 * @param tracker    the socket list's rows (which of those sockets are open now, on which port)
 * @param replies    which sockets answer with which rules
 * @param multicast  the multicast view's groups, joins and senders
 * @param relays     the relays
 * @param filter     the traffic filter
 * @param selfSigned where self-signed server certificates are kept (the same one on every start),
 *                   or null to make a new one for each server
 */
public record Bench(SocketActions actions, SocketTracker tracker, ReplyAttachments replies,
                    MulticastWorkspace multicast, RelayHost relays, FilterHost filter,
                    SelfSignedCertificates selfSigned) {

    public Bench {
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(replies, "replies");
        Objects.requireNonNull(multicast, "multicast");
        relays = relays == null ? RelayHost.NONE : relays;
        filter = filter == null ? FilterHost.NONE : filter;
    }
}
