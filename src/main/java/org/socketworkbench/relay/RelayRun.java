package org.socketworkbench.relay;

import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SocketEngine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One headless relay run: starts the relay on its own engine, reports each ended conversation,
 * stops after the duration, the number of connections, or an interrupt (Ctrl+C), then reports the
 * totals. Exit status: 0, 1 when a conversation ended with an error, 3 when it could not listen.
 */
final class RelayRun {

    private final RelayEndpoints endpoints;
    private final RelaySettings settings;
    private final RelayTls tls;
    private final Duration duration;
    private final int connections;
    private final RelayReport report;
    private final CompletableFuture<Void> stop = new CompletableFuture<>();
    private final AtomicInteger ended = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private String failure = "";

    RelayRun(RelayEndpoints endpoints, RelaySettings settings, RelayTls tls, Duration duration, int connections,
             RelayReport report) {
        this.endpoints = endpoints;
        this.settings = settings;
        this.tls = tls;
        this.duration = duration;
        this.connections = connections;
        this.report = report;
    }

    /** Why it could not listen, after {@link #run} returned {@link RelayCommand#LISTEN_FAILED}. */
    String failure() {
        return failure;
    }

    int run() {
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.complete(null);
            try {
                reported.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "relay-interrupt");
        try (SocketEngine engine = SocketEngine.builder().build()) {
            Relay relay = Relay.create(engine, endpoints, settings, tls, new RelayListener() {
                @Override
                public void closed(Conversation conversation) {
                    report.conversation(conversation, endpoints);
                    if (conversation.resultCode() < 0) {
                        errors.incrementAndGet();
                    }
                    if (connections > 0 && ended.incrementAndGet() >= connections) {
                        stop.complete(null);
                    }
                }
            });
            int started = relay.start().get(30, TimeUnit.SECONDS);
            if (started < 0) {
                failure = "listen on " + endpoints.listenAddress() + ":" + endpoints.listenPort() + " failed: " // i18n-ok: command output
                        + NetError.describe(started);
                return RelayCommand.LISTEN_FAILED;
            }
            report.started(relay);
            Runtime.getRuntime().addShutdownHook(hook);
            waitForStop();
            relay.close();
            report.totals(relay);
            reported.countDown();
            removeHook(hook);
            return errors.get() > 0 ? 1 : 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException | TimeoutException e) {
            failure = "the relay did not start: " + e.getMessage(); // i18n-ok: command output
            return RelayCommand.LISTEN_FAILED;
        }
    }

    private void waitForStop() throws InterruptedException, ExecutionException {
        try {
            if (duration.isZero()) {
                stop.get();
            } else {
                stop.get(duration.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            // the duration is over
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running and waits for the totals just printed
        }
    }
}
