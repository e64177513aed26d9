package com.backproplab.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app icon (assets/icon-N.png, copied into the module by the build) for windows: every size, so the window
 * manager picks the one its title bar, task switcher or dock needs.
 */
final class AppIcon {
    /** The sizes drawn in assets/, in pixels. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** The icon in every size (none when the resources are missing, e.g. classes built without Maven). */
    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = AppIcon.class.getResourceAsStream("icons/icon-" + size + ".png");
            if (in != null) {
                images.add(new Image(in));
            }
        }
        return images;
    }

    /** Gives {@code stage} the icon. */
    static void install(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
