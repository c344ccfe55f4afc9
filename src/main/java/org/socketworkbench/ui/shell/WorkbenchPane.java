package org.socketworkbench.ui.shell;

import java.util.Locale;

/** The panes of the Workbench view that View can show or hide and the keyboard can jump to. */
public enum WorkbenchPane {
    SOCKETS("#socketTree"),
    COMPOSER("#composerText"),
    ADAPTERS("#adapterTable"),
    TRAFFIC("#trafficTable");

    private final String focusTarget;

    WorkbenchPane(String focusTarget) {
        this.focusTarget = focusTarget;
    }

    /** The pane's name in the bundles ({@code shell.pane.SOCKETS}: "Sockets", "套接字"). */
    public String titleKey() {
        return "shell.pane." + name();
    }

    /** The pane in command ids ("Sockets" in goToSockets), the same in every language. */
    public String idPart() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The selector of the control that takes the focus when the user jumps to the pane. */
    String focusTarget() {
        return focusTarget;
    }
}
