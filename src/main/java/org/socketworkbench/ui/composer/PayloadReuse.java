package org.socketworkbench.ui.composer;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.socketworkbench.sockets.SendJob;
import org.socketworkbench.sockets.SendRequest;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.PayloadText;
import org.socketworkbench.ui.traffic.PayloadActions;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The traffic table's "Send again…" (on the payload's socket or another, picked in a small
 * chooser) and "Save as preset…" (named, into the composer's presets). What happened shows in
 * the composer's status line; each send's outcome also in the socket's row.
 */
public final class PayloadReuse implements PayloadActions {

    private static final String SEND_TITLE = "Send again";
    private static final String SEND_HEADER = "Send %d bytes again on which socket?";
    private static final String NO_SOCKET = "No socket can send now: open or connect one first";
    private static final String NO_PEER = "Socket %d is not connected and the payload has no peer to send to";
    private static final String PRESET_TITLE = "Save as preset";
    private static final String PRESET_HEADER = "Name this payload (%d bytes, kept as %s)";

    private final ComposerModel composer;
    private final SocketActions actions;
    private final SocketTracker tracker;
    private final Executor fxExecutor;
    private final Supplier<Window> owner;

    public PayloadReuse(ComposerModel composer, SocketActions actions, SocketTracker tracker, Executor fxExecutor,
                        Supplier<Window> owner) {
        this.composer = composer;
        this.actions = actions;
        this.tracker = tracker;
        this.fxExecutor = fxExecutor;
        this.owner = owner;
    }

    /** One socket in the chooser. */
    private record Choice(SocketRow row, boolean own) {
        @Override
        public String toString() {
            return "socket " + row.id() + " \u00b7 " + row.typeLabel() + (row.peer().isEmpty() ? " " + row.local()
                    : " " + row.peer()) + (own ? "  (the payload's socket)" : "");
        }
    }

    @Override
    public void sendAgain(CapturedPayload payload) {
        List<Choice> choices = tracker.rows().stream().filter(SendAgain::canSend)
                .map(row -> new Choice(row, row.id() == payload.socketId())).toList();
        if (choices.isEmpty()) {
            composer.report(NO_SOCKET);
            return;
        }
        Choice preferred = choices.stream().filter(Choice::own).findFirst().orElse(choices.getFirst());
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(preferred, choices);
        dialog.setTitle(SEND_TITLE);
        dialog.setHeaderText(String.format(SEND_HEADER, payload.length()));
        dialog.getDialogPane().setId("sendAgainDialog");
        initOwner(dialog);
        dialog.showAndWait().ifPresent(choice -> send(payload, choice.row()));
    }

    /** Sends on the chosen socket; false when it cannot. */
    boolean send(CapturedPayload payload, SocketRow target) {
        Optional<SendRequest> request = SendAgain.request(payload, target);
        if (request.isEmpty()) {
            composer.report(String.format(NO_PEER, target.id()));
            return false;
        }
        new SendJob(actions, request.get(), progress -> {
            if (progress.finished()) {
                String message = progress.failure() != null ? "send again on socket " + target.id() + ": "
                        + progress.failure() : "sent " + payload.length() + " bytes again on socket " + target.id();
                fxExecutor.execute(() -> composer.report(message));
            }
        }).start();
        return true;
    }

    @Override
    public void saveAsPreset(CapturedPayload payload) {
        PayloadText typed = PayloadText.of(payload.payload());
        TextInputDialog dialog = new TextInputDialog("socket " + payload.socketId() + " #" + payload.sequence());
        dialog.setTitle(PRESET_TITLE);
        dialog.setHeaderText(String.format(PRESET_HEADER, payload.length(), typed.format()));
        dialog.getDialogPane().setId("savePresetDialog");
        initOwner(dialog);
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty())
                .ifPresent(name -> composer.savePreset(name, typed));
    }

    private void initOwner(javafx.scene.control.Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
    }
}
