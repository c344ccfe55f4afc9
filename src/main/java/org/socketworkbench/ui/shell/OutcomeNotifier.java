package org.socketworkbench.ui.shell;

import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;
import org.socketworkbench.sockets.OperationOutcome;
import org.socketworkbench.sockets.SocketTracker;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Shows what every operation did: in the socket's row, in the status bar, and, when it failed,
 * as a notification with Chrome's code and name in plain words. Notifications are throttled
 * (a burst of failing sends shows one, with a count) so errors never flood the screen.
 * FX thread only.
 */
public final class OutcomeNotifier implements Consumer<OperationOutcome> {

    private static final long MIN_GAP_NANOS = 500_000_000L;

    private final SocketTracker tracker;
    private final StatusBar statusBar;
    private final Node owner;
    private final LongSupplier clock;
    private long lastShown = Long.MIN_VALUE / 2;
    private int suppressed;

    public OutcomeNotifier(SocketTracker tracker, StatusBar statusBar, Node owner) {
        this(tracker, statusBar, owner, System::nanoTime);
    }

    OutcomeNotifier(SocketTracker tracker, StatusBar statusBar, Node owner, LongSupplier clock) {
        this.tracker = tracker;
        this.statusBar = statusBar;
        this.owner = owner;
        this.clock = clock;
    }

    @Override
    public void accept(OperationOutcome outcome) {
        tracker.record(outcome);
        String where = outcome.socketId() > 0 ? "Socket " + outcome.socketId() + ": " : "";
        statusBar.setText(where + outcome.describe());
        if (!outcome.succeeded()) {
            notifyFailure(where + outcome.describe());
        }
    }

    private void notifyFailure(String text) {
        long now = clock.getAsLong();
        if (now - lastShown < MIN_GAP_NANOS) {
            suppressed++;
            return;
        }
        String shown = suppressed > 0 ? text + " (and " + suppressed + " more errors, see the socket list)" : text;
        suppressed = 0;
        lastShown = now;
        if (owner.getScene() != null && owner.getScene().getWindow() != null && owner.getScene().getWindow().isShowing()) {
            Notifications.create().owner(owner).title("Socket Workbench").text(shown)
                    .hideAfter(Duration.seconds(6)).showError();
        }
    }
}
