package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.training.Viewport;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the window asks of the trainer. A setting is sent only when it differs from the last one sent (controls
 * fire on every keystroke and focus change; a repeated SetNetwork would re-initialize the weights), and these last
 * sent settings are what the window saves as the experiment.
 */
final class SessionCommands {
    private final Supplier<Snapshot> latest;
    private final Consumer<Command> send;
    private NetworkConfig network;
    private TrainingConfig training;
    private DataSettings dataSettings;
    private Viewport viewport;
    private double speed = Double.POSITIVE_INFINITY;
    /** The last Play (true) or Pause (false) asked for (a Step asks for a pause), and when. */
    private Boolean requestedPlay;
    private long requestedAtNanos;
    /** A request stands for the state at most this long if the trainer's snapshots never show it (a divergence). */
    private static final long REQUEST_STANDS_NANOS = 1_000_000_000L;
    /** Compare mode's other side, or null: it is handed every command sent and keeps those both sides share. */
    private Consumer<Command> follower;

    /** {@code network}, {@code training}, {@code settings} and {@code viewport} are those the session started with. */
    SessionCommands(Supplier<Snapshot> latest, Consumer<Command> send, NetworkConfig network,
                    TrainingConfig training, DataSettings settings, Viewport viewport) {
        this.latest = Objects.requireNonNull(latest);
        Objects.requireNonNull(send);
        this.send = c -> {
            send.accept(c);
            if (follower != null) {
                follower.accept(c);
            }
        };
        this.network = network;
        this.training = training;
        this.dataSettings = settings;
        this.viewport = viewport;
    }

    /** Hands every command sent from now on to {@code f} too (compare mode's side B), or to nobody for null. */
    void follow(Consumer<Command> f) {
        follower = f;
    }

    /** Play when paused, pause when playing (Space). */
    void togglePlay() {
        Snapshot s = latest.get();
        // Until a snapshot shows the last request answered, that request stands for the state: two presses within
        // one publication toggle twice, and Space right after a Step (which pauses) plays, however far behind the
        // trainer's publications are.
        boolean pending = requestedPlay != null && s.playing() != requestedPlay
                && System.nanoTime() - requestedAtNanos < REQUEST_STANDS_NANOS;
        boolean playingNow = pending ? requestedPlay : s.playing();
        request(!playingNow);
        send.accept(requestedPlay ? new Command.Play() : new Command.Pause());
    }

    private void request(boolean play) {
        requestedPlay = play;
        requestedAtNanos = System.nanoTime();
    }

    void step() {
        request(false);
        send.accept(new Command.StepOnce());
    }

    /** Re-initializes the weights (R); clears a divergence. */
    void reset() {
        send.accept(new Command.Reset());
    }

    void speed(double stepsPerSecond) {
        speed = sendIfNew(speed, stepsPerSecond, Command.SetSpeed::new);
    }

    void network(NetworkConfig c) {
        network = sendIfNew(network, c, Command.SetNetwork::new);
    }

    void training(TrainingConfig c) {
        training = sendIfNew(training, c, Command.SetTraining::new);
    }

    void dataSettings(DataSettings s) {
        dataSettings = sendIfNew(dataSettings, s, Command.SetDataSettings::new);
    }

    /** Sends {@code v} when it differs from the last one sent; true when it did. */
    boolean viewport(Viewport v) {
        boolean changed = !v.equals(viewport);
        viewport = sendIfNew(viewport, v, Command.SetViewport::new);
        return changed;
    }

    /** Sends the command for {@code value} unless it equals {@code last}; returns the value, now the last sent. */
    private <T> T sendIfNew(T last, T value, Function<T, Command> command) {
        if (!value.equals(last)) {
            send.accept(command.apply(value));
        }
        return value;
    }

    /** The points changed (every change is sent: the window's points model already skips the same points). */
    void data(Dataset d) {
        send.accept(new Command.SetData(d));
    }

    /**
     * Pauses and sends all three settings of an opened experiment, whether or not they changed: the trainer takes
     * them in this order, before the experiment's points and weights.
     */
    void load(NetworkConfig n, TrainingConfig t, DataSettings s) {
        send.accept(new Command.Pause());
        network = n;
        training = t;
        dataSettings = s;
        send.accept(new Command.SetNetwork(n));
        send.accept(new Command.SetTraining(t));
        send.accept(new Command.SetDataSettings(s));
    }

    /** Any other command (loading weights, exporting them): sent as is. */
    void send(Command c) {
        send.accept(c);
    }

    NetworkConfig network() {
        return network;
    }

    TrainingConfig training() {
        return training;
    }

    DataSettings dataSettings() {
        return dataSettings;
    }
}
