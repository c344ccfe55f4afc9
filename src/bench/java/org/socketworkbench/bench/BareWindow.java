package org.socketworkbench.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The start-up baseline: the smallest JavaFX window (one label), packaged and started exactly as
 * the workbench is (its own jpackage image with a jlinked runtime and an AOT cache from the same
 * training script). With {@code --smoke-test} it prints the workbench's line after the first
 * rendered frame and exits. {@link StartupBenchmark} builds and runs it; it uses only JavaFX.
 */
public final class BareWindow extends Application {

    /** The launcher's main class: not the Application itself, so no JavaFX launcher check applies. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(new Label("Bare JavaFX window")),
                Math.min(1440, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.95));
        if (getParameters().getRaw().contains("--smoke-test")) {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    System.out.printf("smoke-test: first frame rendered (%.0fx%.0f)%n", scene.getWidth(), scene.getHeight());
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }
        stage.setTitle("Bare Window");
        stage.setScene(scene);
        stage.show();
    }
}
