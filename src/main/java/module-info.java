/**
 * Socket Workbench. Layers, lowest first: {@code engine} (chrome.socket, no JavaFX), feature logic
 * ({@code adapters}, ...; no JavaFX), {@code ui} (JavaFX panes), {@code app} (start-up and wiring).
 */
module org.socketworkbench {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires jdk.net;
    requires org.mozilla.rhino;
    requires tools.jackson.databind;

    exports org.socketworkbench.engine;
    exports org.socketworkbench.app to javafx.graphics;
    // Data-file records are read and written reflectively (org.socketworkbench.datafiles).
    opens org.socketworkbench.settings to tools.jackson.databind;
}
