package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import java.util.List;

/**
 * A text of the relay bundle, put into words each time it is read: a conversation's reason is
 * kept as its key and arguments, so the relay pane's rows follow the window's language live.
 * An argument that is itself a {@code RelayText} is put into words too.
 */
public record RelayText(String key, List<Object> args) {

    public static final RelayText NONE = new RelayText("", List.of());

    public RelayText {
        args = List.copyOf(args);
    }

    static RelayText of(String key, Object... args) {
        return new RelayText(key, List.of(args));
    }

    /** The text in the current language; empty for {@link #NONE}. */
    public String text() {
        if (key.isEmpty()) {
            return "";
        }
        return Texts.get(key, args.stream().map(arg -> arg instanceof RelayText t ? t.text() : arg).toArray());
    }

    @Override
    public String toString() {
        return text();
    }
}
