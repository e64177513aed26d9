package com.backproplab.ui;

/** What the window's {@link Shortcuts} do: the commands, the points, the overlay, the controls and presenter mode. */
final class WindowKeys implements Shortcuts.Actions {
    private final SessionCommands commands;
    private final PointsModel points;
    private final FrameLoop frames;
    private final CanvasArea centre;
    private final Appearance appearance;

    WindowKeys(SessionCommands commands, PointsModel points, FrameLoop frames, CanvasArea centre,
               Appearance appearance) {
        this.commands = commands;
        this.points = points;
        this.frames = frames;
        this.centre = centre;
        this.appearance = appearance;
    }

    @Override
    public void togglePlay() {
        commands.togglePlay();
    }

    @Override
    public void step() {
        commands.step();
    }

    @Override
    public void reset() {
        commands.reset();
    }

    @Override
    public void toggleEraser() {
        centre.toggleEraser();
    }

    @Override
    public void undoPoints() {
        points.undo();
    }

    @Override
    public void toggleOverlay() {
        frames.toggleOverlay();
    }

    @Override
    public void togglePresenter() {
        appearance.presenterProperty().set(!appearance.presenterProperty().get());
    }

    @Override
    public void toggleControls() {
        appearance.controlsProperty().set(!appearance.controlsProperty().get());
    }
}
