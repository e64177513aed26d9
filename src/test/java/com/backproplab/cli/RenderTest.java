package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.plot.Palette;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTest {

    @Test
    @DisplayName("should write a PNG of the requested size showing both classes' palette tints")
    void png(@TempDir Path dir) throws Exception {
        Path exp = dir.resolve("e.json");
        Files.writeString(exp, "{\"title\": \"Blobs\", \"caption\": \"A caption long enough to wrap onto a second line"
                + " in a small image.\", \"network\": {\"hidden\": [4]}, \"training\": {\"learningRate\": 0.05},"
                + " \"data\": {\"points\": [[-2, -1, 0], [-1.5, -2, 0], [-2.5, -2.5, 0], [-1, -1.2, 0],"
                + " [2, 1, 1], [1.5, 2, 1], [2.5, 2.5, 1], [1, 1.2, 1]], \"devFraction\": 0.25}}");
        Path png = dir.resolve("b.png");
        CliTest.Result r = CliTest.cli("render", exp, "--steps", 300, "--png", png, "--size", 320);
        assertEquals(0, r.status(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(320, img.getWidth());
        assertEquals(320, img.getHeight());
        Set<Integer> class0 = new HashSet<>();
        Set<Integer> class1 = new HashSet<>();
        for (int i = 0; i <= 50; i++) {
            class0.add(Palette.heat(i / 255.0) & 0xFFFFFF);
            class1.add(Palette.heat(1 - i / 255.0) & 0xFFFFFF);
        }
        int n0 = 0, n1 = 0;
        for (int y = 0; y < 320; y++) {
            for (int x = 0; x < 320; x++) {
                int c = img.getRGB(x, y) & 0xFFFFFF;
                n0 += class0.contains(c) ? 1 : 0;
                n1 += class1.contains(c) ? 1 : 0;
            }
        }
        assertTrue(n0 > 320 * 320 / 10, "confident class-0 tint on " + n0 + " pixels");
        assertTrue(n1 > 320 * 320 / 10, "confident class-1 tint on " + n1 + " pixels");
        assertTrue(r.out().startsWith("render: " + png + " (320 x 320"), r.out());
    }
}
