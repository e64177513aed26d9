package com.backproplab.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Dataset;
import com.backproplab.data.DatasetCsv;
import com.backproplab.engine.Learner;
import com.backproplab.engine.StepStats;
import com.backproplab.io.Experiment;
import com.backproplab.io.Lesson;
import com.backproplab.io.LessonJson;
import com.backproplab.io.LessonStep;
import com.backproplab.run.PreparedExperiment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shipped lesson files: the names of the issue, readable, plain captions, packaged in the app. */
class LessonFilesTest {
    /** The contract of issue 8: these names, in course order (and issue 12's feature crosses after them). */
    static final List<String> NAMES = List.of("01-logistic-regression.json", "02-why-nonlinear.json",
            "03-hidden-layer-size.json", "04-zero-init-symmetry.json", "05-vanishing-gradients.json",
            "06-xavier-he-init.json", "07-exploding-gradients.json", "08-learning-rate.json", "09-mini-batch-size.json",
            "10-optimizers.json", "11-overfitting-l2.json", "12-dropout.json", "13-normalizing-inputs.json",
            "14-batch-norm.json", "15-gradient-checking.json", "16-early-stopping.json",
            "17-feature-crosses.json");

    /** Words of the command line and of the file format that a caption must not use. */
    private static final Pattern COMMAND_LINE = Pattern.compile("--|grad_norm|status \\d|\\.json|\\btrace\\b|stdout"
            + "|\\bexit\\b|learningRate|keepProb|devFraction|initScale|batchSize|batchNorm|splitSeed|\\bl2\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    @DisplayName("should ship exactly the lessons of the issues (sixteen, then the feature crosses), numbered as their titles")
    void names() throws Exception {
        assertEquals(NAMES, files(LessonRun.LESSONS));
        for (int i = 0; i < NAMES.size(); i++) {
            Lesson l = LessonRun.lesson(NAMES.get(i));
            assertTrue(l.experiment().title().startsWith((i + 1) + ". "), l.experiment().title());
        }
    }

    @Test
    @DisplayName("should give every lesson a one-line teaser and every step a title and a caption of two or three"
            + " plain sentences")
    void captions() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String name : NAMES) {
            Lesson l = LessonRun.lesson(name);
            String teaser = l.teaser();
            if (teaser == null || teaser.isBlank() || teaser.length() > 120 || teaser.contains("\n")) {
                problems.add(name + ": teaser " + teaser);
            }
            assertFalse(l.steps().isEmpty(), name);
            for (LessonStep s : l.steps()) {
                int sentences = count(SENTENCE_END.matcher(s.caption()));
                if (sentences < 2 || sentences > 3) {
                    problems.add(name + " / " + s.title() + ": " + sentences + " sentences");
                }
                Matcher m = COMMAND_LINE.matcher(s.caption() + " " + teaser + " " + l.experiment().caption());
                if (m.find()) {
                    problems.add(name + " / " + s.title() + ": command-line word '" + m.group() + "'");
                }
                if (s.title().length() > 30) {
                    problems.add(name + " / " + s.title() + ": title too long for the player");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("should prepare every step of every lesson (data found, a trainable set) and train it without a"
            + " surprise")
    void everyStepPrepares() throws Exception {
        for (String name : NAMES) {
            Path file = LessonRun.LESSONS.resolve(name);
            Lesson l = LessonJson.read(file);
            for (LessonStep s : l.steps()) {
                PreparedExperiment p = PreparedExperiment.of(file, s.experiment());
                assertNotNull(p.newLearner().step(), name + " / " + s.title());
            }
            Lesson.Thumbnail t = l.thumbnailOrDefault();
            assertTrue(t.step() <= l.steps().size(), name);
        }
    }

    @Test
    @DisplayName("should pack the lessons and their data inside the app, byte for byte")
    void packaged() throws Exception {
        for (String name : NAMES) {
            assertArrayEquals(Files.readAllBytes(LessonRun.LESSONS.resolve(name)),
                    resource("/com/backproplab/lessons/" + name), name);
        }
        for (String data : List.of("data/noisy-moons.csv", "data/stretched-gaussians.csv")) {
            assertArrayEquals(Files.readAllBytes(LessonRun.LESSONS.resolve(data)),
                    resource("/com/backproplab/lessons/" + data), data);
        }
        assertArrayEquals(Files.readAllBytes(Path.of("datasets/planar-course.csv")),
                resource("/com/backproplab/datasets/planar-course.csv"));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Experiment.class.getResourceAsStream(name)) {
            assertNotNull(in, "not packaged: " + name);
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("should ship the course's planar data set as the dataset reader reads it: 400 points, 200 per class")
    void planarCourse() throws Exception {
        Dataset d = DatasetCsv.read(Path.of("datasets/planar-course.csv"));
        assertEquals(400, d.size());
        assertEquals(200, d.count(0));
        assertEquals(200, d.count(1));
        // The first row of the course's file, made with its generator and seed.
        assertEquals(1.204442292254319, d.x1(0));
        assertEquals(3.5761141481288448, d.x2(0));
        assertEquals(0, d.label(0));
    }

    @Test
    @DisplayName("should keep the six experiments correct examples; exploding-init grows over several steps, then stops")
    void experiments() throws Exception {
        assertEquals(List.of("bump-regression.json", "exploding-init.json", "spiral-adam.json",
                "vanishing-sigmoid.json", "xor-linear.json", "xor-points-tanh.json"), files(Path.of("experiments")));
        for (String name : files(Path.of("experiments"))) {
            Experiment e = PreparedExperiment.read(Path.of("experiments", name)).experiment();
            int sentences = count(SENTENCE_END.matcher(e.caption()));
            assertTrue(sentences >= 1 && sentences <= 3, name);
            Matcher m = COMMAND_LINE.matcher(e.caption());
            assertFalse(m.find(), name + ": " + e.caption());
        }
        Learner l = PreparedExperiment.read(Path.of("experiments/exploding-init.json")).newLearner();
        StepStats first = l.step().copy();
        assertFalse(first.diverged, "no longer stops at step 1");
        StepStats s = first;
        while (!s.diverged && s.step < 50) {
            s = l.step();
        }
        assertTrue(s.diverged, "still explodes");
        assertTrue(s.step >= 4, "after a few steps: " + s.step);
    }
}
