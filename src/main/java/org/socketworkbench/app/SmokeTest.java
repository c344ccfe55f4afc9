package org.socketworkbench.app;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code --smoke-test}: proves that the (packaged) application really starts. After the first
 * pulse that laid out and rendered the main window it prints one line and exits 0; if no frame
 * arrives within the timeout it exits 1.
 */
final class SmokeTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static volatile int exitCode = 0;

    private SmokeTest() {
    }

    /** Kills the process with exit code 1 if the window never draws. */
    static void armWatchdog() {
        Thread.ofPlatform().daemon().name("smoke-test-watchdog").start(() -> {
            try {
                Thread.sleep(TIMEOUT);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("smoke-test: no frame within " + TIMEOUT.toSeconds() + " s"); // i18n-ok: a line CI and scripts read, like a log
            Runtime.getRuntime().halt(1);
        });
    }

    /** Exits once the scene has been through its first pulse (layout, CSS and rendering). */
    static void exitAfterFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The render of this pulse follows the layout pass; runLater lands after it.
            Platform.runLater(() -> {
                System.out.printf("smoke-test: first frame rendered (%.0fx%.0f) %s%n", scene.getWidth(), scene.getHeight(), // i18n-ok: a line CI and scripts read, like a log
                        sinceProcessStart());
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** "after N ms" since the OS started the process (what a user waits), or "" where unknown. */
    private static String sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> "after " + Duration.between(start, Instant.now()).toMillis() + " ms")
                .orElse("");
    }

    static void fail(Throwable error) {
        exitCode = 1;
        System.err.println("smoke-test: failed: " + error); // i18n-ok: a line CI and scripts read, like a log
        Platform.exit();
    }

    static int exitCode() {
        return exitCode;
    }
}
