package org.socketworkbench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * The two looks of the workbench. Applied as the user-agent stylesheet (AtlantaFX Primer), in the
 * binary form AtlantaFX ships beside the CSS: JavaFX reads it without parsing 165 KB of CSS, which
 * is start-up time before the first frame (src/docs/startup.md).
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheetBSS()),
    DARK(new PrimerDark().getUserAgentStylesheetBSS());

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** Makes this theme the look of every window. FX thread only. */
    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    /** The other theme. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
