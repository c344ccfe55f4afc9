package org.socketworkbench.ui.forms;

import java.util.Map;

/** What a validated {@link FormDialog} returned. */
public record FormValues(Map<String, String> texts, Map<String, Boolean> flags, Map<String, String> choices) {

    public String text(String key) {
        return texts.get(key);
    }

    public int integer(String key) {
        return Integer.parseInt(texts.get(key));
    }

    public boolean flag(String key) {
        return flags.get(key);
    }

    /** The chosen option, or null for the first ("default") option. */
    public String choice(String key) {
        return choices.get(key);
    }
}
