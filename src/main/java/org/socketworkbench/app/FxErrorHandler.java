package org.socketworkbench.app;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import org.socketworkbench.i18n.Texts;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Catches what the FX thread would otherwise lose: the error is printed and shown to the user,
 * and the FX thread goes on (JavaFX keeps running after an uncaught exception in a handler).
 */
final class FxErrorHandler implements Thread.UncaughtExceptionHandler {

    private final boolean smokeTest;

    FxErrorHandler(boolean smokeTest) {
        this.smokeTest = smokeTest;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        error.printStackTrace();
        if (smokeTest) {
            SmokeTest.fail(error);
            return;
        }
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(Texts.get("app.title"));
            alert.setHeaderText(Texts.get("app.error.header", error.getMessage()));
            TextArea details = new TextArea(stackTrace(error));
            details.setEditable(false);
            alert.getDialogPane().setExpandableContent(details);
            alert.show();
        } catch (RuntimeException secondary) {
            secondary.printStackTrace();
        }
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
