package org.socketworkbench.ui.multicast;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.SenderSnapshot;

/**
 * One row of the roster table: a (group, adapter, sender) that stays the same object while its
 * figures change, so selection and scrolling survive the 10 Hz refresh.
 */
final class RosterRow {

    /** What identifies a row across snapshots. */
    record Key(Channel channel, long senderId) {
        static Key of(SenderSnapshot sender) {
            return new Key(sender.channel(), sender.senderId());
        }
    }

    /**
     * The row's figures at one refresh.
     *
     * @param sender       the sender's snapshot
     * @param takenAtNanos when the roster snapshot was taken ("last seen" is relative to it)
     */
    record Figures(SenderSnapshot sender, long takenAtNanos) {
    }

    private final Key key;
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();

    RosterRow(Key key) {
        this.key = key;
    }

    Key key() {
        return key;
    }

    ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    Figures figures() {
        return figures.get();
    }

    void update(Figures now) {
        figures.set(now);
    }
}
