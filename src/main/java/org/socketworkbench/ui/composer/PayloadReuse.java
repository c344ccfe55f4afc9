package org.socketworkbench.ui.composer;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.socketworkbench.i18n.Texts;
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
            return Texts.get(own ? "composer.again.choice.own" : "composer.again.choice", row.id(), row.typeLabel(),
                    row.peer().isEmpty() ? row.local() : row.peer());
        }
    }

    @Override
    public void sendAgain(CapturedPayload payload) {
        List<Choice> choices = tracker.rows().stream().filter(SendAgain::canSend)
                .map(row -> new Choice(row, row.id() == payload.socketId())).toList();
        if (choices.isEmpty()) {
            composer.report(Texts.get("composer.again.noSocket"));
            return;
        }
        Choice preferred = choices.stream().filter(Choice::own).findFirst().orElse(choices.getFirst());
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(preferred, choices);
        dialog.setTitle(Texts.get("composer.again.title"));
        dialog.setHeaderText(Texts.get("composer.again.header", payload.length()));
        dialog.getDialogPane().setId("sendAgainDialog");
        initOwner(dialog);
        dialog.showAndWait().ifPresent(choice -> send(payload, choice.row()));
    }

    /** Sends on the chosen socket; false when it cannot. */
    boolean send(CapturedPayload payload, SocketRow target) {
        Optional<SendRequest> request = SendAgain.request(payload, target);
        if (request.isEmpty()) {
            composer.report(Texts.get("composer.again.noPeer", target.id()));
            return false;
        }
        new SendJob(actions, request.get(), progress -> {
            if (progress.finished()) {
                String message = progress.failure() != null
                        ? Texts.get("composer.again.failed", target.id(), progress.failure())
                        : Texts.get("composer.again.sent", payload.length(), target.id());
                fxExecutor.execute(() -> composer.report(message));
            }
        }).start();
        return true;
    }

    @Override
    public void saveAsPreset(CapturedPayload payload) {
        PayloadText typed = PayloadText.of(payload.payload());
        TextInputDialog dialog = new TextInputDialog(Texts.get("composer.preset.suggested", payload.socketId(),
                payload.sequence()));
        dialog.setTitle(Texts.get("composer.preset.fromPayload.title"));
        dialog.setHeaderText(Texts.get("composer.preset.fromPayload.header", payload.length(), typed.format()));
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
