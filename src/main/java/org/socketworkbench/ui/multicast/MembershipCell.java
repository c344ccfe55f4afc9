package org.socketworkbench.ui.multicast;

import org.socketworkbench.i18n.Texts;
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
            setText(Texts.get("multicast.cell.join"));
            tooltip.setText(Texts.get("multicast.cell.join.tip", channel.group(), channel.ifaceLabel()));
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
            case JOINED -> Texts.get("multicast.cell.joined.tip", channel.group(), channel.ifaceLabel(), s.socketId(),
                    s.sourcesLabel());
            case JOINING -> Texts.get("multicast.cell.joining.tip");
            case FAILED -> s.detail() + "\n" + Texts.get("multicast.cell.failed.tip");
        };
        tooltip.setText(tip);
    }
}
