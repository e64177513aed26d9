package com.backproplab.io;

/**
 * One step of a lesson: a state of every control plus what to say about it.
 *
 * @param title a short name (shown by Next and Back, and as the label of the step's curves)
 * @param caption two or three plain sentences: what to watch, where on the screen, what to try next
 * @param experiment the lesson's state with the step's changes applied; its title is the lesson's and its caption
 *        the step's
 * @param play how the step starts training on its own, or null to leave it paused
 */
public record LessonStep(String title, String caption, Experiment experiment, Play play) {
    public LessonStep {
        if (title == null || caption == null || experiment == null) {
            throw new IllegalArgumentException("a step needs a title, a caption and its experiment");
        }
    }

    /**
     * Training that starts by itself when the step is shown.
     *
     * @param stepsPerSecond the speed ({@link Double#POSITIVE_INFINITY} as fast as possible), or NaN to keep the
     *        window's speed
     * @param until pause once this many steps are trained (0: train until paused)
     */
    public record Play(double stepsPerSecond, long until) {
        public Play {
            if (!(stepsPerSecond > 0) && !Double.isNaN(stepsPerSecond)) {
                throw new IllegalArgumentException("the speed must be > 0");
            }
            if (until < 0) {
                throw new IllegalArgumentException("until must be >= 0");
            }
        }
    }
}
