package com.backproplab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app icon (assets/icon-N.png, copied into the module by the build) for windows: every size, so the window
 * manager picks the one its title bar, task switcher or dock needs. Decoded once, off the FX thread (it is not on
 * the way to the first frame), then handed to the stages on the FX thread.
 */
final class AppIcon {
    /** The sizes drawn in assets/, in pixels. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private static CompletableFuture<List<Image>> images;

    private AppIcon() {
    }

    /** The icon in every size, smallest first (none when the resources are missing); starts decoding them. */
    static synchronized CompletableFuture<List<Image>> images() {
        if (images == null) {
            images = CompletableFuture.supplyAsync(AppIcon::decode);
        }
        return images;
    }

    /** Gives {@code stage} the icon as soon as it is decoded. */
    static void install(Stage stage) {
        images().thenAccept(list -> Platform.runLater(() -> stage.getIcons().setAll(list)));
    }

    private static List<Image> decode() {
        List<Image> list = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream("icons/icon-" + size + ".png")) {
                if (in != null) {
                    list.add(new Image(in));
                }
            } catch (IOException e) {
                // A window without an icon is still a window.
            }
        }
        return list;
    }
}
