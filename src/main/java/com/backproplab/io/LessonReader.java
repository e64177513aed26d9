package com.backproplab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the lesson keys of an experiment file ({@code teaser}, {@code thumbnail}, {@code steps}); package-private.
 * A step's {@code network}, {@code training} and {@code data} are merged key by key over the file's own and the
 * result is read by {@link ExperimentReader} like the top level, so a step's keys are checked exactly as those are,
 * and a problem is named by its path in the step, e.g. {@code steps[2].training.learningRate}.
 */
final class LessonReader {
    static final List<String> STEP = List.of("title", "caption", "network", "training", "data", "play");
    static final List<String> PLAY = List.of("speed", "until");
    static final List<String> THUMBNAIL = List.of("step", "train");
    /** The parts of the state a step may change. */
    private static final List<String> STATE = List.of("network", "training", "data");
    /** Most steps a lesson may have. */
    static final int MAX_STEPS = 50;

    private final ExperimentReader experiments;
    private final JsonKeyReader root;
    private final String file;

    LessonReader(ExperimentReader experiments, JsonKeyReader root) {
        this.experiments = experiments;
        this.root = root;
        this.file = root.file();
    }

    Lesson read(Experiment base) throws ExperimentException {
        String teaser = root.string("teaser", null);
        List<LessonStep> steps = root.has("steps") ? steps(base) : List.of();
        Lesson.Thumbnail thumbnail = root.has("thumbnail") ? thumbnail(steps.size()) : null;
        return new Lesson(base, teaser, steps, thumbnail);
    }

    private List<LessonStep> steps(Experiment base) throws ExperimentException {
        JsonNode list = root.raw("steps");
        if (!list.isArray() || list.isEmpty()) {
            throw root.error("steps", "must be a list of one or more steps [{\"title\": ..., \"caption\": ...}, ...],"
                    + " found " + JsonKeyReader.describe(list));
        }
        if (list.size() > MAX_STEPS) {
            throw root.error("steps", "at most " + MAX_STEPS + " steps, found " + list.size());
        }
        List<LessonStep> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            steps.add(step("steps[" + i + "]", list.get(i), base));
        }
        return steps;
    }

    private LessonStep step(String path, JsonNode node, Experiment base) throws ExperimentException {
        JsonKeyReader s = JsonKeyReader.of(file, path, node, STEP);
        String title = required(s, "title", "a short name such as \"Add L2\"");
        String caption = required(s, "caption", "two or three plain sentences: what to watch, where, what to try");
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (String part : STATE) {
            JsonNode mine = root.raw(part);
            JsonNode over = s.raw(part);
            if (over != null) {
                // Checked before merging, so that a misspelt or misplaced key is named in the step.
                s.object(part, part.equals("network") ? ExperimentReader.NETWORK
                        : part.equals("training") ? ExperimentReader.TRAINING : ExperimentReader.DATA);
                mine = merge(mine, over, part.equals("data"));
            }
            if (mine != null) {
                merged.set(part, mine);
            }
        }
        Experiment e = experiments.state(JsonKeyReader.of(file, path, merged, STATE), base.title(), caption);
        LessonStep.Play play = s.has("play") ? play(s.object("play", PLAY)) : null;
        return new LessonStep(title, caption, e, play);
    }

    private static String required(JsonKeyReader s, String key, String what) throws ExperimentException {
        String v = s.string(key, null);
        if (v == null || v.isBlank()) {
            throw s.error(key, "missing: every step needs a " + key + " (" + what + ")");
        }
        return v.strip();
    }

    /**
     * The step's keys over the lesson's: objects merge key by key (the schedule too), anything else is replaced.
     * In {@code data}, a step's {@code file} replaces the lesson's {@code points} and the other way round.
     */
    static JsonNode merge(JsonNode base, JsonNode over, boolean data) {
        if (base == null || !base.isObject() || !over.isObject()) {
            return over;
        }
        // A new object holding the same values: the trees are only read, and the reader's compact number lists
        // have no deep copy of their own.
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        base.fields().forEachRemaining(f -> out.set(f.getKey(), f.getValue()));
        if (data && (over.has("file") || over.has("points"))) {
            out.remove("file");
            out.remove("points");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode mine = out.get(f.getKey());
            out.set(f.getKey(), mine != null && mine.isObject() && f.getValue().isObject()
                    ? merge(mine, f.getValue(), false) : f.getValue());
        }
        return out;
    }

    private static LessonStep.Play play(JsonKeyReader p) throws ExperimentException {
        double speed = Double.NaN;
        JsonNode v = p.raw("speed");
        if (v != null && v.isTextual()) {
            if (!"max".equals(v.textValue())) {
                throw p.error("speed", "must be a number of steps per second or \"max\", found "
                        + JsonKeyReader.describe(v));
            }
            speed = Double.POSITIVE_INFINITY;
        } else if (v != null) {
            speed = p.number("speed", Double.NaN);
            if (!(speed > 0)) {
                throw p.error("speed", "must be > 0 steps per second (or \"max\"), found " + speed);
            }
        }
        long until = p.whole("until", 0, 0, Long.MAX_VALUE / 2);
        return new LessonStep.Play(speed, until);
    }

    private Lesson.Thumbnail thumbnail(int steps) throws ExperimentException {
        JsonKeyReader t = root.object("thumbnail", THUMBNAIL);
        int step = (int) t.whole("step", 1, 1, Math.max(1, steps));
        long train = t.whole("train", 0, 0, 1_000_000);
        return new Lesson.Thumbnail(step, train);
    }
}
