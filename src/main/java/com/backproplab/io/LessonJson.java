package com.backproplab.io;

import com.backproplab.data.AtomicWrite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads and writes experiment files as lessons (docs/experiment-format.md, "Lessons"): the same files and checks as
 * {@link ExperimentJson}, plus the teaser, the thumbnail and the steps. A step is written as the keys that differ
 * from the lesson's own, so writing then reading gives the same lesson.
 */
public final class LessonJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The values of the keys the experiment writer omits at their defaults (ExperimentWriter). */
    private static final Map<String, JsonNode> OMITTED_DEFAULTS = Map.of(
            "features", NODES.arrayNode().add("x1").add("x2"),
            "l1", NODES.numberNode(0.0));

    private LessonJson() {
    }

    /** Reads a lesson (any experiment file is one). */
    public static Lesson read(Path file) throws ExperimentException {
        return new ExperimentReader(file.toString()).readLesson(ExperimentJson.tree(file));
    }

    /** Parses lesson bytes; {@code sourceName} starts every error message. */
    public static Lesson parse(byte[] bytes, String sourceName) throws ExperimentException {
        return new ExperimentReader(sourceName).readLesson(ExperimentJson.tree(bytes, sourceName));
    }

    /** Writes the lesson atomically. */
    public static void write(Path file, Lesson lesson) throws IOException {
        AtomicWrite.replace(file, format(lesson));
    }

    /** The JSON text of a lesson: the experiment's keys with the teaser after its caption, then thumbnail, steps. */
    public static String format(Lesson lesson) {
        ObjectNode experiment = node(lesson.experiment());
        ObjectNode root = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = experiment.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getKey().equals("network") && lesson.teaser() != null) {
                root.put("teaser", lesson.teaser());
            }
            root.set(f.getKey(), f.getValue());
        }
        if (lesson.thumbnail() != null) {
            root.putObject("thumbnail").put("step", lesson.thumbnail().step()).put("train", lesson.thumbnail().train());
        }
        if (!lesson.steps().isEmpty()) {
            for (LessonStep s : lesson.steps()) {
                root.withArray("steps").add(step(s, experiment));
            }
        }
        return ExperimentJson.text(root, true);
    }

    /** The experiment's keys as the experiment writer writes them, as a tree. */
    private static ObjectNode node(Experiment e) {
        return (ObjectNode) ExperimentJson.tree(ExperimentJson.format(e));
    }

    private static ObjectNode step(LessonStep s, ObjectNode base) {
        ObjectNode o = NODES.objectNode().put("title", s.title()).put("caption", s.caption());
        ObjectNode mine = node(s.experiment());
        for (String part : new String[] {"network", "training", "data"}) {
            changes(o, part, base, (ObjectNode) mine.get(part));
        }
        LessonStep.Play p = s.play();
        if (p != null) {
            ObjectNode play = o.putObject("play");
            if (Double.isInfinite(p.stepsPerSecond())) {
                play.put("speed", "max");
            } else if (!Double.isNaN(p.stepsPerSecond())) {
                play.put("speed", p.stepsPerSecond());
            }
            if (p.until() > 0) {
                play.put("until", p.until());
            }
        }
        return o;
    }

    /** Puts under {@code part} the keys of {@code mine} whose values differ from the lesson's (none: no object). */
    private static void changes(ObjectNode step, String part, ObjectNode base, ObjectNode mine) {
        JsonNode theirs = base.get(part);
        ObjectNode diff = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = mine.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getValue().equals(theirs.get(f.getKey()))) {
                diff.set(f.getKey(), f.getValue());
            }
        }
        // A key the writer leaves out at its default (features, l1) but the lesson sets: the step sets it back.
        Iterator<String> names = theirs.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!mine.has(name) && OMITTED_DEFAULTS.containsKey(name)) {
                diff.set(name, OMITTED_DEFAULTS.get(name));
            }
        }
        if (!diff.isEmpty()) {
            step.set(part, diff);
        }
    }
}
