package org.socketworkbench.ui.shell;

import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.sockets.OperationOutcome;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.ui.PulseDrain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Shows what every operation did: in the socket's row, in the status bar, and, when it failed,
 * as a notification with Chrome's code and name in plain words.
 *
 * <p>Outcomes are taken in as they come but shown once per pulse: each socket's row gets its
 * latest outcome, the status bar the latest of all. A repeated send of 10,000 writes is then a
 * status update per frame, not 10,000. Notifications are throttled too (a burst of failing
 * sends shows one, with a count), so errors never flood the screen. FX thread only.
 */
public final class OutcomeNotifier implements Consumer<OperationOutcome> {

    private static final long MIN_GAP_NANOS = 500_000_000L;

    private final SocketTracker tracker;
    private final Consumer<String> statusText;
    private final Consumer<String> alert;
    private final LongSupplier clock;
    private final PulseDrain drain;
    /** The latest outcome of each socket since the last pulse, the most recent last. */
    private final Map<Integer, OperationOutcome> pending = new LinkedHashMap<>();
    private OperationOutcome latestFailure;
    private int failuresSincePulse;
    private long lastShown = Long.MIN_VALUE / 2;
    private int suppressed;

    /** Into {@code statusBar}, with failures as notifications over {@code owner}'s window. */
    public OutcomeNotifier(SocketTracker tracker, StatusBar statusBar, Node owner) {
        this(tracker, statusBar::setText, text -> showNotification(owner, text), System::nanoTime, true);
    }

    /**
     * @param statusText receives the status bar's text, at most once per pulse
     * @param alert      shows a failure (already throttled)
     * @param clock      nanoseconds, for the throttle
     * @param live       whether pulses come by themselves; when false the caller calls {@link #pulse()}
     */
    OutcomeNotifier(SocketTracker tracker, Consumer<String> statusText, Consumer<String> alert, LongSupplier clock,
                    boolean live) {
        this.tracker = tracker;
        this.statusText = statusText;
        this.alert = alert;
        this.clock = clock;
        this.drain = live ? new PulseDrain(this::pulse, () -> !pending.isEmpty()) : null;
    }

    /** Takes an outcome in; it is shown at the coming pulse. */
    @Override
    public void accept(OperationOutcome outcome) {
        pending.remove(outcome.socketId());
        pending.put(outcome.socketId(), outcome);
        if (!outcome.succeeded()) {
            latestFailure = outcome;
            failuresSincePulse++;
        }
        if (drain != null) {
            drain.wake();
        }
    }

    /** Shows what came in since the last pulse; returns whether there was anything. */
    boolean pulse() {
        if (pending.isEmpty()) {
            return false;
        }
        List<OperationOutcome> latest = new ArrayList<>(pending.values());
        pending.clear();
        latest.forEach(tracker::record);
        statusText.accept(describe(latest.getLast()));
        if (latestFailure != null) {
            notifyFailures(describe(latestFailure), failuresSincePulse);
            latestFailure = null;
            failuresSincePulse = 0;
        }
        return true;
    }

    private static String describe(OperationOutcome outcome) {
        return outcome.socketId() > 0 ? Texts.get("shell.outcome.onSocket", outcome.socketId(), outcome.describe())
                : outcome.describe();
    }

    /** Shows the latest of {@code count} failures, unless one was shown just now (then they are counted for the next). */
    private void notifyFailures(String text, int count) {
        long now = clock.getAsLong();
        if (now - lastShown < MIN_GAP_NANOS) {
            suppressed += count;
            return;
        }
        int more = suppressed + count - 1;
        String shown = more > 0 ? Texts.get("shell.outcome.more", text, more) : text;
        suppressed = 0;
        lastShown = now;
        alert.accept(shown);
    }

    private static void showNotification(Node owner, String text) {
        if (owner.getScene() != null && owner.getScene().getWindow() != null && owner.getScene().getWindow().isShowing()) {
            Notifications.create().owner(owner).title(Texts.get("app.title")).text(text)
                    .hideAfter(Duration.seconds(6)).showError();
        }
    }
}
