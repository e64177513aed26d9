package com.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.engine.Activation;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.Schedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lesson keys of the experiment format (docs/experiment-format.md, "Lessons"). */
class LessonJsonTest {
    private static final String BASE = "\"title\": \"T\", \"teaser\": \"One line.\","
            + " \"network\": {\"hidden\": [4], \"activation\": \"tanh\", \"seed\": 3},"
            + " \"training\": {\"optimizer\": \"gd\", \"learningRate\": 0.5,"
            + " \"schedule\": {\"kind\": \"exponential\", \"base\": 0.9}},"
            + " \"data\": {\"points\": [[0, 0, 0], [1, 1, 1], [2, 0, 0]], \"devFraction\": 0}";

    private static Lesson lesson(String steps) throws ExperimentException {
        return LessonJson.parse(("{" + BASE + steps + "}").getBytes(), "l.json");
    }

    private static String problem(String steps) {
        return assertThrows(ExperimentException.class, () -> lesson(steps)).getMessage();
    }

    @Test
    @DisplayName("should merge a step's keys over the lesson's, key by key, and keep the lesson's for the rest")
    void merge() throws ExperimentException {
        Lesson l = lesson(", \"steps\": [{\"title\": \"A\", \"caption\": \"First.\"},"
                + " {\"title\": \"B\", \"caption\": \"Second.\", \"network\": {\"activation\": \"relu\"},"
                + " \"training\": {\"optimizer\": \"adam\", \"schedule\": {\"base\": 0.5}},"
                + " \"data\": {\"file\": \"x.csv\"}, \"play\": {\"speed\": \"max\", \"until\": 300}}]");
        assertEquals("One line.", l.teaser());
        assertEquals(2, l.steps().size());
        LessonStep a = l.steps().get(0);
        assertEquals(l.experiment().network(), a.experiment().network());
        assertEquals(l.experiment().training(), a.experiment().training());
        assertNull(a.play());
        assertEquals("T", a.experiment().title());
        assertEquals("First.", a.experiment().caption());
        LessonStep b = l.steps().get(1);
        assertEquals(Activation.RELU, b.experiment().network().activation());
        assertEquals(List.of(4), b.experiment().network().hidden(), "a key the step leaves out is the lesson's");
        assertEquals(3, b.experiment().network().seed());
        assertEquals(OptimizerKind.ADAM, b.experiment().training().optimizer());
        assertEquals(0.5, b.experiment().training().learningRate());
        assertEquals(new Schedule(Schedule.Kind.EXPONENTIAL, 0.0, 0.5, 1.0), b.experiment().training().schedule(),
                "the schedule merges key by key too");
        assertEquals("x.csv", b.experiment().data().file());
        assertNull(b.experiment().data().points(), "a step's file replaces the lesson's points");
        assertEquals(0.0, b.experiment().data().devFraction());
        assertEquals(new LessonStep.Play(Double.POSITIVE_INFINITY, 300), b.play());
    }

    @Test
    @DisplayName("should read a file without lesson keys as a lesson of one step made of the experiment")
    void plainExperiment() throws ExperimentException {
        Lesson l = LessonJson.parse("{\"title\": \"X\", \"caption\": \"Say.\", \"data\": {\"points\": [[0, 0, 0]]}}"
                .getBytes(), "e.json");
        assertEquals(List.of(), l.steps());
        assertEquals(1, l.playable().size());
        assertEquals("X", l.playable().get(0).title());
        assertEquals("Say.", l.playable().get(0).caption());
        assertNull(l.playable().get(0).play());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown step key | , \"steps\": [{\"title\": \"A\", \"caption\": \"C\", \"speed\": 3}]"
            + " | l.json: steps[0].speed: unknown key; expected one of: title, caption, network,"
            + " training, data, play",
        "misspelt key in a step's part | , \"steps\": [{\"title\": \"A\", \"caption\": \"C\", \"training\":"
            + " {\"learningrate\": 1}}] | l.json: steps[0].training.learningrate: unknown key (did you mean"
            + " learningRate?)",
        "range of a step's value | , \"steps\": [{\"title\": \"A\", \"caption\": \"C\"}, {\"title\": \"B\","
            + " \"caption\": \"C\", \"training\": {\"keepProb\": 0}}] | l.json: steps[1].training.keepProb: ",
        "type in a nested part | , \"steps\": [{\"title\": \"A\", \"caption\": \"C\", \"training\":"
            + " {\"schedule\": {\"rate\": \"x\"}}}] | l.json: steps[0].training.schedule.rate: must be a number, found"
            + " the string \"x\"",
        "missing caption | , \"steps\": [{\"title\": \"A\"}] | l.json: steps[0].caption: missing: every step needs a"
            + " caption",
        "blank title | , \"steps\": [{\"title\": \" \", \"caption\": \"C\"}] | l.json: steps[0].title: missing",
        "steps not a list | , \"steps\": {} | l.json: steps: must be a list of one or more steps",
        "no steps | , \"steps\": [] | l.json: steps: must be a list of one or more steps",
        "a step not an object | , \"steps\": [3] | l.json: steps[0]: must be an object { ... }, found the number 3",
        "bad speed | , \"steps\": [{\"title\": \"A\", \"caption\": \"C\", \"play\": {\"speed\": \"fast\"}}]"
            + " | l.json: steps[0].play.speed: must be a number of steps per second or \"max\", found the string"
            + " \"fast\"",
        "zero speed | , \"steps\": [{\"title\": \"A\", \"caption\": \"C\", \"play\": {\"speed\": 0}}]"
            + " | l.json: steps[0].play.speed: must be > 0 steps per second",
        "fractional until | , \"steps\": [{\"title\": \"A\", \"caption\": \"C\", \"play\": {\"until\": 1.5}}]"
            + " | l.json: steps[0].play.until: must be a whole number, found 1.5",
        "thumbnail beyond the steps | , \"thumbnail\": {\"step\": 2}, \"steps\": [{\"title\": \"A\", \"caption\":"
            + " \"C\"}] | l.json: thumbnail.step: must be between 1 and 1, found 2",
        "teaser not a string | , \"teaser\": 3 | l.json: teaser: must be a string, found the number 3",
        "parameters with steps | , \"steps\": [{\"title\": \"A\", \"caption\": \"C\"}], \"parameters\": {}"
            + " | l.json: parameters: a lesson's steps start from fresh weights",
    })
    @DisplayName("should name a lesson key's problem by its path, as for the experiment's keys")
    void problems(String what, String steps, String expected) {
        String message = what.equals("teaser not a string")
                ? assertThrows(ExperimentException.class, () -> LessonJson.parse(("{" + BASE.replace(
                        "\"teaser\": \"One line.\",", "") + steps + "}").getBytes(), "l.json")).getMessage()
                : problem(steps);
        assertTrue(message.startsWith(expected), what + ": " + message);
    }

    @Test
    @DisplayName("should check the steps when the file is read as a plain experiment too (the command line)")
    void experimentReaderChecksSteps() {
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentJson.parse("{" + BASE
                + ", \"steps\": [{\"title\": \"A\", \"caption\": \"C\", \"network\": {\"hidden\": [0]}}]}", "l.json"));
        assertTrue(e.getMessage().startsWith("l.json: steps[0].network.hidden[0]: "), e.getMessage());
    }

    @Test
    @DisplayName("should write the keys a step changes and read back the same lesson")
    void roundTrip(@TempDir Path dir) throws Exception {
        Lesson l = lesson(", \"thumbnail\": {\"step\": 2, \"train\": 50}, \"steps\": [{\"title\": \"A\", \"caption\":"
                + " \"First.\", \"play\": {\"speed\": 20}}, {\"title\": \"B\", \"caption\": \"Second.\", \"network\":"
                + " {\"activation\": \"relu\", \"batchNorm\": true}, \"training\": {\"schedule\": {\"kind\":"
                + " \"constant\"}}, \"data\": {\"file\": \"../x.csv\", \"normalize\": false}, \"play\": {\"until\": 9}}]");
        String text = LessonJson.format(l);
        assertTrue(text.contains("\"teaser\": \"One line.\""), text);
        Path f = dir.resolve("l.json");
        LessonJson.write(f, l);
        Lesson back = LessonJson.read(f);
        assertEquals(text, LessonJson.format(back));
        assertEquals(l.experiment().network(), back.experiment().network());
        for (int i = 0; i < 2; i++) {
            assertEquals(l.steps().get(i).experiment().network(), back.steps().get(i).experiment().network());
            assertEquals(l.steps().get(i).experiment().training(), back.steps().get(i).experiment().training());
            assertEquals(l.steps().get(i).experiment().data().file(), back.steps().get(i).experiment().data().file());
            assertEquals(l.steps().get(i).play(), back.steps().get(i).play());
        }
        String step0 = text.substring(text.indexOf("\"steps\""));
        assertTrue(step0.indexOf("\"network\"") > step0.indexOf("\"B\""), "step A changes nothing: " + text);
        assertEquals(new Lesson.Thumbnail(2, 50), back.thumbnail());
        assertEquals(50, back.thumbnailSteps());
        assertEquals(l.experiment().training(), ExperimentJson.read(f).training(), "the experiment reader reads it");
        Files.delete(f);
    }

    @Test
    @DisplayName("should train a thumbnail for its own count, else the step's pause point, else the default")
    void thumbnailSteps() throws ExperimentException {
        assertEquals(Lesson.DEFAULT_THUMBNAIL_STEPS, lesson("").thumbnailSteps());
        assertEquals(70, lesson(", \"steps\": [{\"title\": \"A\", \"caption\": \"C\", \"play\": {\"until\": 70}}]")
                .thumbnailSteps());
    }
}
