package com.backproplab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes datasets/&lt;key&gt;.csv for every preset. Run from the project root after changing a generator:
 * {@code java -cp target/classes:target/test-classes:<dependencies> com.backproplab.data.ShippedDatasets}.
 */
final class ShippedDatasets {

    static final Path DIR = Path.of("datasets");
    static final int COUNT = 400;
    static final long SEED = 1;

    /** Noise per preset: clearly shaped, with some overlap to make the boundary worth learning. */
    static final Map<Preset, Double> NOISE = Map.of(
            Preset.CIRCLE, 0.25,
            Preset.XOR, 0.25,
            Preset.GAUSSIANS, 0.25,
            Preset.SPIRAL, 0.2,
            Preset.MOONS, 0.25,
            Preset.FLOWER, 0.2); // the course's planar_utils uses 0.2

    private ShippedDatasets() {
    }

    /** The first line of each shipped file. */
    static String comment(Preset p) {
        return "Backprop Lab preset " + p.key() + ": count=" + COUNT + " noise=" + NOISE.get(p) + " seed=" + SEED;
    }

    static Dataset generate(Preset p) {
        return p.generate(COUNT, NOISE.get(p), SEED);
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIR);
        for (Preset p : Preset.values()) {
            Path file = DIR.resolve(p.key() + ".csv");
            DatasetCsv.write(file, generate(p), comment(p));
            System.out.println("wrote " + file);
        }
    }
}
