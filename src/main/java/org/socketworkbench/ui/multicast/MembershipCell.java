package org.socketworkbench.ui.multicast;

import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.MembershipState;
import org.socketworkbench.multicast.MembershipStatus;
import org.socketworkbench.ui.StyleClasses;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One cell of the groups × adapters matrix: a toggle that joins or leaves the group on the
 * adapter, showing "joined (socket 7)", "joining…" or what the OS answered when it failed, and
 * the sources of a source-specific join or those blocked on an any-source one.
 */
final class MembershipCell extends ToggleButton {

    private static final String JOINED = StyleClasses.MEMBERSHIP_JOINED;
    private static final String JOINING = StyleClasses.MEMBERSHIP_JOINING;
    private static final String FAILED = StyleClasses.MEMBERSHIP_FAILED;

    private final Channel channel;
    private final Tooltip tooltip = new Tooltip();

    MembershipCell(Channel channel, Consumer<Channel> toggle) {
        this.channel = channel;
        getStyleClass().add(StyleClasses.MEMBERSHIP_CELL);
        setMinWidth(120);
        setPrefWidth(170);
        setMaxWidth(260);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        setOnAction(e -> toggle.accept(channel));
        setTooltip(tooltip);
        show(Optional.empty());
    }

    Channel channel() {
        return channel;
    }

    void show(Optional<MembershipState> state) {
        getStyleClass().removeAll(JOINED, JOINING, FAILED);
        if (state.isEmpty()) {
            setSelected(false);
            setText("join");
            tooltip.setText("Join " + channel.group() + " on " + channel.ifaceLabel());
            return;
        }
        MembershipState s = state.get();
        setSelected(s.status() != MembershipStatus.FAILED);
        setText(s.label());
        getStyleClass().add(switch (s.status()) {
            case JOINED -> JOINED;
            case JOINING -> JOINING;
            case FAILED -> FAILED;
        });
        String tip = switch (s.status()) {
            case JOINED -> "Receiving " + channel.group() + " on " + channel.ifaceLabel() + " with socket "
                    + s.socketId() + s.sourcesLabel() + ". Click to leave.";
            case JOINING -> "Creating, binding and joining\u2026 Click to cancel.";
            case FAILED -> s.detail() + "\nClick to try again.";
        };
        tooltip.setText(tip);
    }
}
