package org.socketworkbench.ui.menu;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.socketworkbench.i18n.Texts;

import java.util.stream.Collectors;

/** Help, About: the app's version, the Java and JavaFX it runs on, and the bundled libraries' licences. */
public final class AboutDialog {

    /** What runs: each a line such as "Java 25.0.1+8 (Eclipse Adoptium)". */
    public record RuntimeInfo(String app, String java, String javafx) {
    }

    private AboutDialog() {
    }

    /** The text the dialog shows (also what a screen reader reads). */
    public static String text(RuntimeInfo info) {
        String libraries = BundledLibraries.all().stream()
                .map(l -> "  " + l.name() + " (" + l.coordinates() + "): " + l.licence())
                .collect(Collectors.joining("\n"));
        return info.app() + "\n" + info.java() + "\n" + info.javafx() + "\n\n"
                + Texts.get("menu.about.summary") + "\n\n"
                + Texts.get("menu.about.libraries") + "\n" + libraries + "\n";
    }

    public static Alert create(Window owner, RuntimeInfo info) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("menu.about.title"));
        alert.setHeaderText(info.app());
        TextArea body = new TextArea(text(info));
        body.setId("aboutText");
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(16);
        body.setPrefColumnCount(60);
        body.setAccessibleText(Texts.get("menu.about.title"));
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId("aboutDialog");
        alert.setResizable(true);
        return alert;
    }
}
