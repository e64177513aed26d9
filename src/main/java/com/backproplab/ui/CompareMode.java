package com.backproplab.ui;

import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainingSession;
import com.backproplab.training.Viewport;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Compare mode: a second configuration, side B, trained beside the window's own, side A, on the same points from the
 * same seed, each on a trainer thread of its own. Entering copies A's settings to B and starts both from the same
 * initialization, paused; Play, Step, Reset, the speed and every change of the points or the view then go to both
 * sides, while each side's network, training and split settings are its own (A's in the usual side panel, B's in a
 * tab beside it). Leaving closes side B and gives the window back exactly as it was, with side A's run going on.
 * While compare mode is off nothing of it exists but its menu item and toolbar toggle.
 */
final class CompareMode {
    private final BorderPane root;
    private final TrainingSession sessionA;
    private final SessionCommands commandsA;
    private final PointsModel points;
    private final DataCanvas canvasA;
    private final CanvasArea centreA;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "compare", false);
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    /** Side B and the views of compare mode; null while it is off. */
    private SideB b;

    /** Everything that exists only while compare mode is on. */
    private record SideB(TrainingSession session, SessionCommands commands, DataCanvas canvas,
                         CompareSettings settings, CompareView view, TabPane tabs, Node left, Node centre,
                         Node right, Pane canvasHome, int canvasIndex, SetupDifference.Setup[] shownSetups) {
    }

    /**
     * @param root the window's layout, whose left, centre and right compare mode replaces while it is on
     * @param centreA the single view's canvas area: side A's canvas is lent from it, its messages repeated
     */
    CompareMode(BorderPane root, TrainingSession sessionA, SessionCommands commandsA, PointsModel points,
                DataCanvas canvasA, CanvasArea centreA) {
        this.root = root;
        this.sessionA = sessionA;
        this.commandsA = commandsA;
        this.points = points;
        this.canvasA = canvasA;
        this.centreA = centreA;
        active.addListener((o, was, on) -> {
            if (on) {
                enter();
            } else {
                exit();
            }
        });
    }

    /** True while compare mode is on; setting it enters or leaves compare mode. */
    BooleanProperty activeProperty() {
        return active;
    }

    /** Side B's latest snapshot, or null while compare mode is off. */
    Snapshot latestB() {
        SideB s = b;
        return s == null ? null : s.session().latest();
    }

    /** Side B's commands (for tests), or null while compare mode is off. */
    SessionCommands commandsB() {
        return b == null ? null : b.commands();
    }

    /** Side B's settings panel, or null while compare mode is off. */
    CompareSettings settingsB() {
        return b == null ? null : b.settings();
    }

    /** Adds compare mode's item to the View menu and its toggle after Reset on the transport bar. */
    void install(Menu viewMenu, TransportBar transport) {
        CheckMenuItem item = new CheckMenuItem("Compare side by side");
        item.setId("compareMenuItem");
        item.selectedProperty().bindBidirectional(active);
        viewMenu.getItems().add(item);
        ToggleButton toggle = new ToggleButton("Compare", new FontIcon("mdi2c-compare-horizontal"));
        toggle.setId("compareToggle");
        toggle.setTooltip(Forms.tip("Compare side by side: a second configuration trained beside this one on the"
                + " same points from the same seed"));
        toggle.selectedProperty().bindBidirectional(active);
        // Like the transport's buttons: never cut to "C…", and a click leaves the keys with the canvas.
        toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        toggle.setFocusTraversable(false);
        toggle.getStyleClass().add("tool");
        transport.getChildren().add(transport.getChildren().indexOf(transport.reset) + 1, toggle);
    }

    /** Leaves compare mode (the window closes). */
    void close() {
        active.set(false);
    }

    /**
     * Every command side A's commands send comes here: what both sides share (Play, Pause, Step, Reset, the speed,
     * the points and the view) goes to side B too; A's own settings, weights and exports do not.
     */
    void follow(Command c) {
        SideB s = b;
        if (s == null) {
            return;
        }
        if (c instanceof Command.Play || c instanceof Command.Pause || c instanceof Command.StepOnce
                || c instanceof Command.Reset || c instanceof Command.SetSpeed) {
            s.session().send(c);
        } else if (c instanceof Command.SetData d) {
            s.commands().data(d.data());
        } else if (c instanceof Command.SetViewport v && s.commands().viewport(v.viewport())) {
            s.canvas().setViewport(v.viewport());
        }
    }

    private void enter() {
        // Both sides start from the same initialization: A starts again too, and both wait for Play.
        sessionA.send(new Command.Pause());
        sessionA.send(new Command.Reset());
        NetworkConfig network = commandsA.network();
        TrainingConfig training = commandsA.training();
        DataSettings settings = commandsA.dataSettings();
        Viewport viewport = canvasA.viewport();
        TrainingSession session = new TrainingSession(network, training, settings, points.data(), viewport,
                LabWindow.GRID_RESOLUTION);
        SessionCommands commands = new SessionCommands(session::latest, session::send, network, training, settings,
                viewport);
        commands.speed(sessionA.latest().stepsPerSecond());
        DataCanvas canvas = new DataCanvas(points);
        canvas.setId("compareCanvasB");
        canvas.setViewport(viewport);
        canvas.discretizeProperty().bind(canvasA.discretizeProperty());
        canvas.showDevProperty().bind(canvasA.showDevProperty());
        Pane home = (Pane) canvasA.getParent();
        int index = home.getChildren().indexOf(canvasA);
        CompareView view = new CompareView(canvasA, canvas, points, commandsA::reset, () -> active.set(false));
        CompareSettings settingsB = new CompareSettings(commands, this::copyAToB);
        Node left = root.getLeft(), centre = root.getCenter(), right = root.getRight();
        TabPane tabs = new TabPane(tab("Side A", "compare-a", left), tab("Side B", "compare-b", settingsB));
        tabs.setId("compareTabs");
        tabs.getStyleClass().add("compare-tabs");
        tabs.getStylesheets().addAll(view.getStylesheets());
        if (left instanceof javafx.scene.layout.Region r) {
            tabs.setPrefWidth(r.getPrefWidth());
            tabs.setMinWidth(r.getMinWidth());
        }
        b = new SideB(session, commands, canvas, settingsB, view, tabs, left, centre, right, home, index,
                new SetupDifference.Setup[2]);
        root.setLeft(tabs);
        root.setCenter(view);
        root.setRight(null);
        session.start();
        commandsA.follow(this::follow);
        timer.start();
        pulse(System.nanoTime());
    }

    private static Tab tab(String text, String styleClass, Node content) {
        Tab t = new Tab(text, content);
        t.setClosable(false);
        t.setId(styleClass.replace("-", "") + "Tab");
        t.getStyleClass().add(styleClass);
        return t;
    }

    private void exit() {
        SideB s = b;
        if (s == null) {
            return;
        }
        b = null;
        commandsA.follow(null);
        timer.stop();
        s.view().releaseCanvasA();
        s.canvasHome().getChildren().add(Math.min(s.canvasIndex(), s.canvasHome().getChildren().size()), canvasA);
        s.tabs().getTabs().forEach(t -> t.setContent(null));
        root.setLeft(s.left());
        root.setCenter(s.centre());
        root.setRight(s.right());
        // A publishes again, so that the single view's charts, left alone meanwhile, show A's run at once.
        sessionA.send(new Command.Refresh());
        // Stopping a trainer waits for its thread: never on the FX thread.
        Thread closer = new Thread(s.session()::close, "backprop-compare-close");
        closer.setDaemon(true);
        closer.start();
    }

    /** "Copy A's settings": side B gets every setting of side A, and its controls show them. */
    private void copyAToB() {
        SideB s = b;
        s.commands().network(commandsA.network());
        s.commands().training(commandsA.training());
        s.commands().dataSettings(commandsA.dataSettings());
        s.settings().showSent();
    }

    /** One animation pulse while compare mode is on: draws what is new and repeats the single view's messages. */
    private void pulse(long now) {
        SideB s = b;
        if (s == null) {
            return;
        }
        s.session().frameShown();
        s.view().render(sessionA.latest(), s.session().latest(), now);
        showLabels(s);
        s.view().showFileMessages(centreA.noticeBanner.message(), centreA.busyBanner.message());
        s.view().showCaption(centreA.caption.text());
        if (s.canvas().isEraser() != canvasA.isEraser()) {
            s.canvas().setEraser(canvasA.isEraser()); // E toggles the eraser of the single view's canvas area
        }
    }

    /** Names what sets the sides apart, again whenever a setting of either side was sent. */
    private void showLabels(SideB s) {
        SetupDifference.Setup a = new SetupDifference.Setup(commandsA.network(), commandsA.training(),
                commandsA.dataSettings());
        SetupDifference.Setup bs = new SetupDifference.Setup(s.commands().network(), s.commands().training(),
                s.commands().dataSettings());
        SetupDifference.Setup[] shown = s.shownSetups();
        if (a.equals(shown[0]) && bs.equals(shown[1])) {
            return;
        }
        shown[0] = a;
        shown[1] = bs;
        List<SetupDifference> d = SetupDifference.between(a, bs);
        s.view().showLabels(SetupDifference.label('A', d), SetupDifference.label('B', d));
    }
}
