package com.backproplab.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Preset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainingSession;
import com.backproplab.training.Viewport;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Kept runs over a real session: what a reset, a new network or a lesson step leaves on the charts. */
class GhostRunsTest {
    private TrainingSession session;
    private GhostRuns ghosts;
    private int changes;

    @BeforeEach
    void start() {
        session = new TrainingSession(NetworkConfig.defaults(), TrainingConfig.defaults(), DataSettings.defaults(),
                Preset.SPIRAL.generate(200, 0.2, 1), Viewport.defaults(), 16);
        session.start();
        ghosts = new GhostRuns(session::latest);
        ghosts.onChange(() -> changes++);
    }

    @AfterEach
    void stop() {
        session.close();
    }

    /** Waits (up to 10 s) for a snapshot matching {@code p}, showing each one to the ghosts as the window does. */
    private Snapshot await(Predicate<Snapshot> p) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            Snapshot s = session.latest();
            ghosts.observe(s);
            if (p.test(s)) {
                return s;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no snapshot matched; latest at step " + session.latest().step());
    }

    /** Trains {@code steps} single steps of the current run. */
    private Snapshot train(int steps) {
        long from = session.latest().step();
        for (int i = 0; i < steps; i++) {
            session.send(new Command.StepOnce());
        }
        return await(s -> s.step() == from + steps);
    }

    /** Sends {@code c}, which starts a new run, and waits for that run's first snapshot. */
    private Snapshot newRun(Command c) {
        long run = session.latest().history().run();
        session.send(c);
        return await(s -> s.history().run() != run);
    }

    @Test
    @DisplayName("should keep the run before a new network, labelled with what differed, and not draw the live run")
    void keepsTheRunBeforeANewNetwork() {
        Snapshot trained = train(3);
        Snapshot next = newRun(new Command.SetNetwork(NetworkConfig.defaults().withActivation(Activation.SIGMOID)));
        assertEquals(1, ghosts.ghosts().size());
        GhostRuns.Ghost g = ghosts.ghosts().get(0);
        assertEquals("run 1: tanh", g.label());
        assertEquals(trained.history().run(), g.run());
        assertEquals(4, g.history().size(), "steps 0 to 3");
        assertEquals(List.of(g), ghosts.besides(next));
        assertEquals(List.of(), ghosts.besides(trained), "the live run is never its own ghost");
    }

    @Test
    @DisplayName("should label a plain reset by its number, and keep nothing of a run that never trained")
    void plainResetAndUntrainedRuns() {
        train(2);
        newRun(new Command.Reset());
        newRun(new Command.Reset()); // this run never trained
        newRun(new Command.Reset());
        assertEquals(1, ghosts.ghosts().size());
        assertEquals("run 1", ghosts.ghosts().get(0).label());
    }

    @Test
    @DisplayName("should keep a lesson step's run from its samples under the step's title, replacing its own label")
    void keepAStepRecord() {
        Snapshot first = train(3);
        newRun(new Command.Reset());
        ghosts.keep("overfit", first.history());
        ghosts.keep("never trained", session.latest().history());
        assertEquals(1, ghosts.ghosts().size());
        assertEquals("overfit", ghosts.ghosts().get(0).label());
        assertEquals(first.history().run(), ghosts.ghosts().get(0).run());
    }

    @Test
    @DisplayName("should let a lesson step name its run, before or after the next run starts")
    void keepWithALabel() {
        train(2);
        ghosts.keep("overfit");
        session.send(new Command.SetTraining(TrainingConfig.defaults().withRegularization(0.5, 1.0)));
        train(2); // the same run goes on: the ghost follows it when it ends
        newRun(new Command.Reset());
        train(1);
        newRun(new Command.Reset());
        ghosts.keep("add L2"); // asked just after the next run started: names the run that ended
        assertEquals(2, ghosts.ghosts().size());
        assertEquals("overfit", ghosts.ghosts().get(0).label());
        assertEquals(5, ghosts.ghosts().get(0).history().size(), "steps 0 to 4, kept up to the reset");
        assertEquals("add L2", ghosts.ghosts().get(1).label());
    }

    @Test
    @DisplayName("should keep at most four runs, dropping the oldest, until cleared")
    void boundedUntilCleared() {
        for (int run = 1; run <= GhostRuns.MAX + 1; run++) {
            train(1);
            newRun(new Command.Reset());
        }
        assertEquals(GhostRuns.MAX, ghosts.ghosts().size());
        assertEquals("run 2", ghosts.ghosts().get(0).label(), "run 1 was dropped");
        int before = changes;
        ghosts.clear();
        assertTrue(ghosts.ghosts().isEmpty());
        assertEquals(before + 1, changes, "the charts are told");
    }
}
