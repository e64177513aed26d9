package com.backproplab.ui;

/** What the window's {@link Shortcuts} do: the commands, the points, the overlay, the controls and presenter mode. */
record WindowKeys(SessionCommands commands, PointsModel points, FrameLoop frames, CanvasArea centre,
                  Appearance appearance) implements Shortcuts.Actions {
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
