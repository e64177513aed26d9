package com.backproplab.io;

import java.util.List;

/**
 * An experiment file read as a lesson (docs/experiment-format.md, "Lessons"): the experiment itself (the lesson's
 * starting state, what the command line trains), a one-line teaser for the gallery, the steps a class goes through
 * with Next and Back, and which step the gallery's thumbnail shows. A plain experiment is a lesson of one step.
 *
 * @param experiment the top-level state, title and caption
 * @param teaser one line for the gallery, or null
 * @param steps the steps as written in the file (empty when the file has none)
 * @param thumbnail what the gallery draws for the lesson, or null for the default (the first step, trained a little)
 */
public record Lesson(Experiment experiment, String teaser, List<LessonStep> steps, Thumbnail thumbnail) {
    /** Steps trained before drawing a thumbnail when neither the thumbnail nor the step says how many. */
    public static final long DEFAULT_THUMBNAIL_STEPS = 300;

    public Lesson {
        if (experiment == null) {
            throw new IllegalArgumentException("a lesson needs its experiment");
        }
        steps = List.copyOf(steps);
        if (thumbnail != null && thumbnail.step() > Math.max(1, steps.size())) {
            throw new IllegalArgumentException("the thumbnail's step " + thumbnail.step() + " is not one of the "
                    + steps.size() + " steps");
        }
    }

    /** An experiment as a lesson of one step, with no teaser. */
    public static Lesson of(Experiment e) {
        return new Lesson(e, null, List.of(), null);
    }

    /**
     * What the player goes through: the steps, or, for a file without steps, one step made of the experiment with
     * its title and caption (paused, nothing played).
     */
    public List<LessonStep> playable() {
        if (!steps.isEmpty()) {
            return steps;
        }
        String name = experiment.title() == null ? "Start" : experiment.title();
        return List.of(new LessonStep(name, experiment.caption() == null ? "" : experiment.caption(),
                experiment, null));
    }

    /** The lesson's title, or {@code fallback} (e.g. the file name) when it has none. */
    public String titleOr(String fallback) {
        String t = experiment.title();
        return t == null || t.isBlank() ? fallback : t;
    }

    /** The step the thumbnail shows (0-based) and how many steps it is trained before being drawn. */
    public Thumbnail thumbnailOrDefault() {
        if (thumbnail != null) {
            return thumbnail;
        }
        return new Thumbnail(1, 0);
    }

    /** Steps to train for the thumbnail: its own count, else the step's pause point, else the default. */
    public long thumbnailSteps() {
        Thumbnail t = thumbnailOrDefault();
        if (t.train() > 0) {
            return t.train();
        }
        LessonStep s = playable().get(t.step() - 1);
        return s.play() != null && s.play().until() > 0 ? s.play().until() : DEFAULT_THUMBNAIL_STEPS;
    }

    /**
     * What the gallery draws for a lesson.
     *
     * @param step the step drawn, counted from 1 as the player shows it
     * @param train steps trained before drawing; 0 = the step's {@code play.until}, else the default
     */
    public record Thumbnail(int step, long train) {
        public Thumbnail {
            if (step < 1 || train < 0) {
                throw new IllegalArgumentException("step >= 1 and train >= 0");
            }
        }
    }
}
