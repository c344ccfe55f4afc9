package org.socketworkbench.testing;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one set-up of the JavaFX tests: starts the toolkit (headless Monocle under Surefire, see
 * pom.xml) and, before each test, either hands out the primary stage or starts the application;
 * after each test it stops the application and closes every window. Register it on an instance
 * field, so the application supplier may use the test's fields ({@code @TempDir} included):
 *
 * <pre>{@code
 * @RegisterExtension
 * final FxExtension fx = FxExtension.toolkit();
 *
 * @BeforeEach
 * void mountPane() throws Exception {
 *     fx.mount(() -> new TrafficPane(model), 1100, 800);
 * }
 * }</pre>
 *
 * Reading and changing FX state from the test thread goes through {@link FxThread}.
 */
public final class FxExtension implements BeforeEachCallback, AfterEachCallback {

    private final Supplier<? extends Application> applicationFactory;
    private Stage stage;
    private Application application;

    private FxExtension(Supplier<? extends Application> applicationFactory) {
        this.applicationFactory = applicationFactory;
    }

    /** The toolkit and an empty primary stage; the test mounts what it tests with {@link #mount}. */
    public static FxExtension toolkit() {
        return new FxExtension(null);
    }

    /** The toolkit and the application {@code factory} makes, started before each test. */
    public static FxExtension application(Supplier<? extends Application> factory) {
        return new FxExtension(Objects.requireNonNull(factory));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        if (applicationFactory != null) {
            application = FxToolkit.setupApplication(applicationFactory::get);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (application != null) {
                FxToolkit.cleanupApplication(application);
            }
        } finally {
            application = null;
            FxToolkit.cleanupStages();
        }
    }

    /** The primary stage (the application's window, when there is one). */
    public Stage stage() {
        return stage;
    }

    /** Shows {@code root}, made on the FX thread, in the primary stage, with the given stylesheets. */
    public void mount(Supplier<? extends Parent> root, double width, double height, String... stylesheets)
            throws Exception {
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(root.get(), width, height);
            scene.getStylesheets().addAll(List.of(stylesheets));
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (!stage.isShowing()) {
            throw new AssertionError("the stage did not show");
        }
    }
}
