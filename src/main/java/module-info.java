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
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;

    exports org.socketworkbench.engine;
    exports org.socketworkbench.app to javafx.graphics;
}
