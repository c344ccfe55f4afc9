package org.socketworkbench.ui.shell;

/** The panes of the Workbench view that View can show or hide and the keyboard can jump to. */
public enum WorkbenchPane {
    SOCKETS("Sockets", "#socketTree"),
    COMPOSER("Composer", "#composerText"),
    ADAPTERS("Adapters", "#adapterTable"),
    TRAFFIC("Traffic", "#trafficTable");

    private final String title;
    private final String focusTarget;

    WorkbenchPane(String title, String focusTarget) {
        this.title = title;
        this.focusTarget = focusTarget;
    }

    public String title() {
        return title;
    }

    /** The selector of the control that takes the focus when the user jumps to the pane. */
    String focusTarget() {
        return focusTarget;
    }
}
