package org.socketworkbench.ui.multicast;

import org.socketworkbench.i18n.Texts;
import javafx.scene.control.Label;
import org.socketworkbench.multicast.ChannelSnapshot;
import org.socketworkbench.multicast.RosterSnapshot;
import org.socketworkbench.multicast.RosterTable;
import org.socketworkbench.ui.StyleClasses;

import java.util.List;
import java.util.stream.Stream;

/**
 * Foreign (non-probe) traffic per group and adapter: counted and shown with its source and why
 * it is not a probe, never silently dropped.
 */
final class ForeignTrafficLabel extends Label {

    ForeignTrafficLabel() {
        setId("foreignTraffic");
        getStyleClass().add(StyleClasses.FOREIGN_TRAFFIC);
        setWrapText(true);
        setText(Texts.get("multicast.foreign.none"));
    }

    void show(RosterSnapshot snapshot) {
        List<String> notes = snapshot.channels().stream()
                .filter(c -> c.foreign().packets() > 0)
                .flatMap(ForeignTrafficLabel::lines)
                .toList();
        String text = notes.isEmpty() ? Texts.get("multicast.foreign.none")
                : Texts.get("multicast.foreign.title") + "\n" + String.join("\n", notes);
        if (!text.equals(getText())) {
            setText(text);
        }
    }

    private static Stream<String> lines(ChannelSnapshot channel) {
        String total = Texts.get(channel.foreign().packets() == 1 ? "multicast.foreign.total.one" : "multicast.foreign.total",
                channel.channel(), channel.foreign().packets());
        return Stream.concat(Stream.of(total),
                RosterTable.foreignNotes(channel).stream().map(note -> "  " + note));
    }
}
