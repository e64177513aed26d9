package com.backproplab.ui.chart;

import com.backproplab.training.History;
import com.backproplab.training.Snapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Earlier runs kept as faint labelled curves on the cost and per-layer charts, so a change can be compared with
 * what came before: when a new run starts (Reset, a new network, opened weights) the run before it is kept with a
 * label naming how its settings differed, and a lesson step can keep the current run under its own label with
 * {@link #keep(String)}. At most {@link #MAX}, the oldest dropped first, until {@link #clear()}. FX thread only.
 */
public final class GhostRuns {
    /** Runs kept at most. */
    public static final int MAX = 4;

    /**
     * One kept run.
     *
     * @param run the run's identity ({@link History#run()})
     * @param label what the chart writes beside its curves
     * @param history its samples, up to where it ended
     */
    public record Ghost(long run, String label, History history) {
    }

    private final Supplier<Snapshot> latest;
    private final List<Ghost> ghosts = new ArrayList<>();
    /** The newest snapshot seen, and the newest of the run before it that had trained (for keep after a switch). */
    private Snapshot current;
    private Snapshot previous;
    private int runsSeen;
    private long version;
    private final List<Runnable> listeners = new ArrayList<>();

    /** {@code latest} gives the session's newest snapshot, so {@link #keep} sees the run as it is now. */
    public GhostRuns(Supplier<Snapshot> latest) {
        this.latest = latest;
    }

    /**
     * Keeps the current run as a ghost labelled {@code label} (replacing its earlier label); if the current run has
     * not trained yet, the run before it. Its curves stay until cleared, and grow until the run ends.
     */
    public void keep(String label) {
        observe(latest.get());
        Snapshot s = trained(current) ? current : previous;
        if (trained(s)) {
            put(new Ghost(s.history().run(), label, s.history()));
        }
    }

    /**
     * Keeps the run whose samples are {@code history} as a ghost labelled {@code label} (a lesson step's run, left
     * behind when the next step starts); a run that never trained is not kept.
     */
    public void keep(String label, History history) {
        if (history != null && history.size() >= 2) {
            put(new Ghost(history.run(), label, history));
        }
    }

    /** Forgets every kept run. */
    public void clear() {
        if (!ghosts.isEmpty()) {
            ghosts.clear();
            changed();
        }
    }

    /** Calls {@code r} whenever the kept runs change (a chart redraws even while no new snapshot comes). */
    void onChange(Runnable r) {
        listeners.add(r);
    }

    private void changed() {
        version++;
        for (Runnable r : listeners) {
            r.run();
        }
    }

    /** The kept runs, oldest first. */
    public List<Ghost> ghosts() {
        return Collections.unmodifiableList(ghosts);
    }

    /** The kept runs to draw beside {@code s}: all but the one {@code s} shows live. */
    List<Ghost> besides(Snapshot s) {
        long live = s == null ? -1 : s.history().run();
        List<Ghost> out = new ArrayList<>(ghosts.size());
        for (Ghost g : ghosts) {
            if (g.run() != live) {
                out.add(g);
            }
        }
        return out;
    }

    /** Grows whenever the kept runs change, so a chart redraws only then. */
    long version() {
        return version;
    }

    /**
     * Reads each new snapshot: when a run ends (a new one starts) after training, it becomes a ghost, or its kept
     * ghost gets its final samples.
     */
    public void observe(Snapshot s) {
        if (s == null || s == current) {
            return;
        }
        if (current != null && current.history().run() != s.history().run()) {
            if (trained(current)) {
                runsSeen++;
                previous = current;
                int kept = indexOf(current.history().run());
                put(new Ghost(current.history().run(), kept >= 0 ? ghosts.get(kept).label()
                        : GhostLabel.of(runsSeen, current, s), current.history()));
            }
        }
        current = s;
    }

    private static boolean trained(Snapshot s) {
        return s != null && s.history().size() >= 2;
    }

    private int indexOf(long run) {
        for (int i = 0; i < ghosts.size(); i++) {
            if (ghosts.get(i).run() == run) {
                return i;
            }
        }
        return -1;
    }

    private void put(Ghost g) {
        int i = indexOf(g.run());
        if (i >= 0) {
            ghosts.set(i, g);
        } else {
            ghosts.add(g);
            if (ghosts.size() > MAX) {
                ghosts.remove(0);
            }
        }
        changed();
    }
}
