package org.socketworkbench.sockets;

import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.payloads.SendContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Sends one payload N times at an interval on a virtual thread, each send after the previous
 * one completed (so a slow peer slows the job instead of piling up writes), on an absolute
 * schedule so the interval does not drift. Stops at the first failure or on {@link #cancel()}.
 * Each send expands the request's template anew, so {@code {{COUNTER}}} takes the job's next value
 * and {@code {{RANDOM}}}, {@code {{TIME}}} are fresh.
 */
public final class SendJob {

    /** Progress of a job: how many sends completed and whether it has finished. */
    public record Progress(int sent, int requested, boolean finished, String failure) {
    }

    private static final long SEND_TIMEOUT_SECONDS = 60;

    private final SocketActions actions;
    private final SendRequest request;
    private final Consumer<Progress> progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Thread thread;

    public SendJob(SocketActions actions, SendRequest request, Consumer<Progress> progress) {
        this.actions = actions;
        this.request = request;
        this.progress = progress;
    }

    public SendJob start() {
        thread = Thread.ofVirtual().name("composer-send").start(this::run);
        return this;
    }

    public void cancel() {
        cancelled.set(true);
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        long start = System.nanoTime();
        int sent = 0;
        String failure = null;
        SendContext context = SendContext.system(request.counter().start());
        try {
            for (int i = 0; i < request.repeat() && !cancelled.get(); i++) {
                waitUntil(start + TimeUnit.MILLISECONDS.toNanos(request.intervalMs() * i));
                int result = sendOnce(request.template().expand(context.withCounter(request.counter().value(i))));
                if (result < 0) {
                    failure = Texts.get("sockets.send.failed", i + 1, request.repeat());
                    break;
                }
                sent++;
                if (request.repeat() > 1) {
                    progress.accept(new Progress(sent, request.repeat(), false, null));
                }
            }
        } catch (InterruptedException e) {
            failure = cancelled.get() ? null : Texts.get("sockets.send.interrupted");
        } catch (ExecutionException | TimeoutException e) {
            failure = Texts.get("sockets.send.noAnswer", e.getMessage());
        }
        progress.accept(new Progress(sent, request.repeat(), true, failure));
    }

    private int sendOnce(byte[] payload) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<WriteInfo> done = new CompletableFuture<>();
        if (request.isSendTo()) {
            actions.sendTo(request.socketId(), payload, request.host(), request.port(), done::complete);
        } else {
            actions.write(request.socketId(), payload, done::complete);
        }
        return done.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS).bytesWritten();
    }

    private static void waitUntil(long deadline) throws InterruptedException {
        long wait = deadline - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
