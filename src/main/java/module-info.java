/**
 * Socket Workbench. Layers, lowest first: {@code engine} (chrome.socket, no JavaFX), feature logic
 * ({@code adapters}, ...; no JavaFX), {@code ui} (JavaFX panes), {@code app} (start-up and wiring).
 */
module org.socketworkbench {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    // The script editor; explicit modules at run time (moditect adds their descriptors, see pom.xml).
    requires org.fxmisc.richtext;
    requires org.fxmisc.flowless;
    requires org.fxmisc.undo;
    requires reactfx;
    requires jdk.net;
    requires org.mozilla.rhino;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;
    requires tools.jackson.databind;
    requires info.picocli;

    exports org.socketworkbench.engine;
    exports org.socketworkbench.app to javafx.graphics;
    // Data-file records are read and written reflectively (org.socketworkbench.datafiles).
    opens org.socketworkbench.settings to tools.jackson.databind;
    opens org.socketworkbench.replies to tools.jackson.databind;
    opens org.socketworkbench.certificates to tools.jackson.databind;
    opens org.socketworkbench.workspace to tools.jackson.databind;
    // picocli fills the annotated fields of the commands and creates their converters reflectively.
    opens org.socketworkbench.app to info.picocli;
    opens org.socketworkbench.cli to info.picocli;
    opens org.socketworkbench.multicast to info.picocli;
    opens org.socketworkbench.relay to info.picocli, tools.jackson.databind;
    opens org.socketworkbench.script to info.picocli;
    opens org.socketworkbench.sendlisten to info.picocli, tools.jackson.databind;
}
