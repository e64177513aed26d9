package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainingSession;
import com.backproplab.training.Viewport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SessionCommandsTest {
    private final List<Command> sent = new ArrayList<>();
    /** A paused snapshot as the trainer publishes it before it starts (the session's thread never runs here). */
    private final Snapshot paused = new TrainingSession(NetworkConfig.defaults(), TrainingConfig.defaults(),
            DataSettings.defaults(), Preset.XOR.generate(40, 0.1, 1), Viewport.defaults(), 16).latest();
    private final SessionCommands commands = new SessionCommands(() -> paused, sent::add, NetworkConfig.defaults(),
            TrainingConfig.defaults(), DataSettings.defaults(), Viewport.defaults());

    private List<Class<?>> kinds() {
        return sent.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    @DisplayName("should toggle against its own last request until the trainer publishes again")
    void toggleBeforeTheTrainerAnswers() {
        assertFalse(paused.playing());
        commands.togglePlay();
        commands.togglePlay();
        commands.togglePlay();
        assertEquals(List.of(Command.Play.class, Command.Pause.class, Command.Play.class), kinds());
    }

    @Test
    @DisplayName("should play on Space right after a Step, while the trainer's last snapshot still shows it playing")
    void spaceAfterStepPlays() {
        Snapshot p = paused;
        // What the trainer published before it took the Step (which pauses): still playing.
        Snapshot stillPlaying = new Snapshot(p.version() + 1, true, p.stepsPerSecond(), p.step(), p.epoch(),
                p.learningRate(), p.network(), p.training(), p.dataSettings(), p.data(), p.split(), p.inputs(),
                p.metrics(), p.layers(), p.history(), p.grid(), p.dataProblem(), p.divergence(),
                p.measuredStepsPerSecond(), p.weights(), p.units());
        SessionCommands c = new SessionCommands(() -> stillPlaying, sent::add, NetworkConfig.defaults(),
                TrainingConfig.defaults(), DataSettings.defaults(), Viewport.defaults());
        c.step();
        c.togglePlay();
        assertEquals(List.of(Command.StepOnce.class, Command.Play.class), kinds());
    }

    @Test
    @DisplayName("should send a setting only when it differs from the last one sent")
    void deduplicates() {
        commands.network(NetworkConfig.defaults());
        commands.training(TrainingConfig.defaults());
        commands.dataSettings(DataSettings.defaults());
        assertFalse(commands.viewport(Viewport.defaults()));
        assertTrue(sent.isEmpty(), "the settings the session started with: " + sent);

        NetworkConfig wider = NetworkConfig.defaults().withHidden(List.of(12));
        TrainingConfig faster = TrainingConfig.defaults().withLearningRate(0.05);
        commands.network(wider);
        commands.network(wider);
        commands.training(faster);
        commands.training(faster);
        commands.speed(300);
        commands.speed(300);
        Viewport far = Viewport.around(com.backproplab.data.Dataset.of(new double[] {40}, new double[] {0},
                new int[] {1}));
        assertTrue(commands.viewport(far));
        assertFalse(commands.viewport(far));
        assertEquals(List.of(new Command.SetNetwork(wider), new Command.SetTraining(faster), new Command.SetSpeed(300),
                new Command.SetViewport(far)), sent);
        assertEquals(wider, commands.network());
        assertEquals(faster, commands.training());
    }

    @Test
    @DisplayName("should pause and send all three settings of an opened experiment, even unchanged ones")
    void loadSendsAll() {
        DataSettings s = DataSettings.defaults();
        commands.load(NetworkConfig.defaults(), TrainingConfig.defaults(), s);
        assertEquals(List.of(new Command.Pause(), new Command.SetNetwork(NetworkConfig.defaults()),
                new Command.SetTraining(TrainingConfig.defaults()), new Command.SetDataSettings(s)), sent);
        sent.clear();
        commands.dataSettings(s);
        assertTrue(sent.isEmpty(), "what load sent counts as sent");
    }

    @Test
    @DisplayName("should hand every command sent to a follower while one is set (compare mode's side B)")
    void follower() {
        List<Command> followed = new ArrayList<>();
        commands.togglePlay();
        commands.follow(followed::add);
        commands.step();
        commands.training(TrainingConfig.defaults().withLearningRate(0.5));
        commands.follow(null);
        commands.reset();
        assertEquals(List.of(new Command.StepOnce(), new Command.SetTraining(TrainingConfig.defaults()
                .withLearningRate(0.5))), followed);
        assertEquals(4, sent.size(), "the session itself gets all of them: " + sent);
    }
}
