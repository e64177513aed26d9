package com.backproplab.ui.lesson;

import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentData;
import com.backproplab.io.LessonStep;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Goes through the steps of one lesson: shows a step through the {@link LessonHost} (controls, points, caption,
 * fresh weights), starts its training when the step says so, and keeps the run of every step shown (a
 * {@link StepRecord}) so that the steps can be compared. Listeners hear when a step starts, with the run of the step
 * left behind: the seam for charts that keep earlier runs' curves. FX thread only.
 */
public final class LessonPlayer {
    /** Told when a step starts and when the lesson closes. */
    public interface Listener {
        /**
         * Step {@code index} of {@code lesson} is shown and its run starts; {@code left} is the run of the step shown
         * before (of this lesson or the previous one), or null when none had trained.
         */
        void stepStarted(LessonLibrary.Entry lesson, int index, LessonStep step, StepRecord left);

        /** The lesson was closed; {@code left} is the run of its last step, or null. */
        default void closed(StepRecord left) {
        }
    }

    /** Records are refreshed at most this often while a step trains. */
    private static final long RECORD_NANOS = 200_000_000L;

    private final LessonHost host;
    private final List<Listener> listeners = new ArrayList<>();
    private final List<Runnable> views = new ArrayList<>();
    private LessonLibrary.Entry lesson;
    private List<LessonStep> steps = List.of();
    private int index = -1;
    private StepRecord[] records = new StepRecord[0];
    /** The shown step's run is the trainer's: its snapshots are recorded. */
    private boolean shown;
    /** The step count when the step was asked for, and whether a snapshot of the new run has been seen. */
    private long stepsBefore;
    private boolean fresh;
    private long recordedVersion = -1;
    private long recordedAt;

    public LessonPlayer(LessonHost host) {
        this.host = host;
    }

    /** Hears when steps start and lessons close. */
    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** Called on the FX thread whenever the lesson, the step or a record changes (to redraw a view). */
    void onChange(Runnable view) {
        views.add(view);
    }

    /** Opens a lesson at its first step. */
    public CompletableFuture<String> open(LessonLibrary.Entry entry) {
        render(host.latest(), true);
        StepRecord left = current();
        LessonLibrary.Entry oldLesson = lesson;
        List<LessonStep> oldSteps = steps;
        StepRecord[] oldRecords = records;
        int oldIndex = index;
        boolean oldShown = shown;
        lesson = entry;
        steps = entry.lesson().playable();
        records = new StepRecord[steps.size()];
        index = -1;
        // Should its first step fail to show (the banner says why), the lesson open before stays open.
        return show(0, left, () -> {
            lesson = oldLesson;
            steps = oldSteps;
            records = oldRecords;
            index = oldIndex;
            shown = oldShown;
        });
    }

    /** Shows step {@code i} (from 0) of the open lesson. */
    public CompletableFuture<String> go(int i) {
        if (lesson == null || i < 0 || i >= steps.size()) {
            return CompletableFuture.completedFuture(null);
        }
        render(host.latest(), true);
        return show(i, current(), null);
    }

    public CompletableFuture<String> next() {
        return go(index + 1);
    }

    public CompletableFuture<String> back() {
        return go(index - 1);
    }

    /** Leaves the lesson; the window keeps its state. */
    public void close() {
        if (lesson == null) {
            return;
        }
        render(host.latest(), true);
        StepRecord left = current();
        lesson = null;
        steps = List.of();
        records = new StepRecord[0];
        index = -1;
        shown = false;
        listeners.forEach(l -> l.closed(left));
        changed();
    }

    private CompletableFuture<String> show(int i, StepRecord left, Runnable undoOpen) {
        LessonLibrary.Entry entry = lesson;
        int previous = index;
        LessonStep step = steps.get(i);
        index = i;
        shown = false;
        stepsBefore = host.latest().step();
        fresh = stepsBefore == 0;
        changed();
        return host.showStep(entry.file(), step.experiment(), entry.file().getFileName().toString())
                .thenApply(problem -> {
                    if (lesson != entry || index != i) {
                        return problem;
                    }
                    if (problem != null && undoOpen != null) {
                        undoOpen.run();
                    } else if (problem != null) {
                        index = previous;
                        shown = true;
                    } else {
                        shown = true;
                        LessonStep.Play play = step.play();
                        if (play != null) {
                            host.play(play.stepsPerSecond(), play.until());
                        }
                        listeners.forEach(l -> l.stepStarted(entry, i, step, left));
                    }
                    changed();
                    return problem;
                });
    }

    /** Records the shown step's run from a snapshot that belongs to it (called with each new snapshot). */
    public void render(Snapshot s) {
        render(s, false);
    }

    private void render(Snapshot s, boolean now) {
        if (lesson == null || !shown || s.version() == recordedVersion) {
            return;
        }
        long t = System.nanoTime();
        if (!now && t - recordedAt < RECORD_NANOS && s.playing()) {
            return;
        }
        if (!fresh && s.step() < stepsBefore) {
            fresh = true;
        }
        Experiment e = steps.get(index).experiment();
        if (fresh && s.step() > 0 && belongs(s, e)) {
            records[index] = StepRecord.of(steps.get(index).title(), index, s);
            recordedVersion = s.version();
            recordedAt = t;
            changed();
        }
    }

    /** The snapshot shows the step's settings (the class may have changed a control since). */
    private static boolean belongs(Snapshot s, Experiment e) {
        ExperimentData d = e.data();
        return s.network().equals(e.network()) && s.training().equals(e.training())
                && s.dataSettings().equals(new DataSettings(d.devFraction(), d.splitSeed(), d.normalize()));
    }

    private StepRecord current() {
        return index >= 0 && index < records.length ? records[index] : null;
    }

    private void changed() {
        views.forEach(Runnable::run);
    }

    /** The open lesson, or null. */
    public LessonLibrary.Entry lesson() {
        return lesson;
    }

    /** The step shown (from 0), or -1. */
    public int index() {
        return index;
    }

    /** The steps of the open lesson. */
    public List<LessonStep> steps() {
        return steps;
    }

    /** The run of each step as last seen (null where a step has not trained). */
    public List<StepRecord> records() {
        return Arrays.asList(records.clone());
    }
}
