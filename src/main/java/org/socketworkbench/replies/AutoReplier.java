package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.ChromeSocket;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.payloads.SendContext;
import org.socketworkbench.sockets.PayloadReceiver;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * Answers what a socket receives with its {@link RuleBook}: frames each TCP connection's stream
 * into messages (on the callback thread: cheap), then matches and replies on that connection's
 * {@link SerialWorker} (off it: a regex or a delay never holds up the engine), writing to the
 * connection or, for UDP, sending to the datagram's sender. Replies go out in message order.
 * One instance serves a TCP server and all its connections; the framing in force when a
 * connection sends its first bytes stays with that connection. When a TCP peer has finished
 * sending (its FIN, with the write side kept open) the rest of its stream is answered as a last
 * message, and once those replies are written the connection is closed: the peer waits for that
 * to end (ncat, socat, a script reading to the end).
 */
public final class AutoReplier implements PayloadReceiver {

    /** What the replier did, for the socket's row and the CLI; called on a worker thread. */
    public interface Listener {
        /** {@code reply} was handed to the engine for {@code socketId}. */
        default void replied(int socketId, Reply reply) {
        }

        /** A reply could not be made or sent, in words the user reads. */
        default void problem(int socketId, String message) {
        }
    }

    private static final long WRITE_TIMEOUT_SECONDS = 30;

    private final ChromeSocket api;
    private final RuleBook book;
    private final Listener listener;
    private final Map<Integer, Connection> connections = new ConcurrentHashMap<>();

    public AutoReplier(ChromeSocket api, RuleBook book, Listener listener) {
        this.api = api;
        this.book = book;
        this.listener = listener;
    }

    public RuleBook book() {
        return book;
    }

    @Override
    public void received(int socketId, byte[] data, String peerAddress, int peerPort) {
        Connection connection = connections.computeIfAbsent(socketId, id -> new Connection(id, book.current().newFramer()));
        List<Message> messages = peerAddress == null ? connection.framer.push(data) : List.of(Message.of(data));
        messages.forEach(message -> connection.submit(message, peerAddress, peerPort));
    }

    @Override
    public void ended(int socketId) {
        Connection connection = connections.remove(socketId);
        if (connection == null) {
            api.disconnect(socketId); // nothing was said, nothing to answer
            return;
        }
        connection.framer.finish().forEach(message -> connection.submit(message, null, 0));
        connection.closeWhenWritten();
    }

    private final class Connection {
        private final int socketId;
        private final MessageFramer framer;
        private final SendContext context = SendContext.system(0);
        private final SerialWorker worker;
        /** Completes when the last reply handed to the engine is written (or failed). */
        private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

        Connection(int socketId, MessageFramer framer) {
            this.socketId = socketId;
            this.framer = framer;
            this.worker = new SerialWorker(e -> listener.problem(socketId, Texts.get("replies.run.failed", e)));
        }

        void submit(Message message, String peerAddress, int peerPort) {
            if (!worker.submit(() -> respond(message, peerAddress, peerPort))) {
                listener.problem(socketId, Texts.get("replies.run.backlog", SerialWorker.MAX_PENDING));
            }
        }

        private void respond(Message message, String peerAddress, int peerPort) {
            List<Reply> replies = book.current().answer(message, context, problem -> listener.problem(socketId, problem));
            for (Reply reply : replies) {
                if (reply.delayMs() > 0 && !pause(reply.delayMs())) {
                    return;
                }
                if (peerAddress == null) {
                    CompletableFuture<Void> written = new CompletableFuture<>();
                    lastWrite = written;
                    api.write(socketId, reply.bytes(), info -> {
                        sent(reply, info);
                        written.complete(null);
                    });
                } else {
                    api.sendTo(socketId, reply.bytes(), peerAddress, peerPort, written -> sent(reply, written));
                }
                listener.replied(socketId, reply);
            }
        }

        /** After the replies queued so far are written, disconnect (the peer has finished sending). */
        void closeWhenWritten() {
            worker.submit(() -> {
                try {
                    lastWrite.get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    listener.problem(socketId, Texts.get("replies.run.writeTimeout", WRITE_TIMEOUT_SECONDS));
                }
                api.disconnect(socketId);
            });
        }

        private void sent(Reply reply, WriteInfo written) {
            Optional<String> lastError = api.lastError();
            int result = written == null ? -1 : written.bytesWritten();
            if (result < 0) {
                listener.problem(socketId, Texts.get("replies.run.notSent", reply.bytes().length,
                        lastError.orElse(NetError.describe(result))));
            }
        }

        private boolean pause(long millis) {
            try {
                TimeUnit.MILLISECONDS.sleep(millis);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
