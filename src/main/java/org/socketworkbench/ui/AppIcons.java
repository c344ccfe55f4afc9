package org.socketworkbench.ui;

import javafx.scene.image.Image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** The application icon in the sizes window managers pick from (built from assets/icon.svg). */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** All window-icon sizes, smallest first. */
    public static List<Image> windowIcons() {
        return Arrays.stream(SIZES).mapToObj(AppIcons::load).toList();
    }

    private static Image load(int size) {
        String name = "icons/icon-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name); // i18n-ok: a build defect, for developers
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
