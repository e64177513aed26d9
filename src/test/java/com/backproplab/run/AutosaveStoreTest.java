package com.backproplab.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.engine.Learner;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveStoreTest {
    @TempDir
    Path dir;

    /** An experiment trained 7 steps with Adam, as text, and its learner. */
    private String trained(Learner[] learner) throws Exception {
        Path src = dir.resolve("src.json");
        Files.writeString(src, "{\"network\": {\"hidden\": [4]}, \"data\": {\"points\": [[0, 0, 0], [1, 1, 1],"
                + " [2, 0, 0], [0, 2, 1], [3, 3, 1], [-1, 2, 0]]}}");
        learner[0] = PreparedExperiment.read(src).newLearner();
        for (int i = 0; i < 7; i++) {
            learner[0].step();
        }
        Experiment e = ExperimentJson.read(src);
        return ExperimentJson.format(e.withParameters(Parameters.of(learner[0])));
    }

    @Test
    @DisplayName("should read back the session and the window's state exactly as written")
    void roundTrip() throws Exception {
        AutosaveStore store = AutosaveStore.in(dir.resolve("cfg"));
        assertEquals(AutosaveStore.Start.CLEAN, store.claim());
        assertNull(store.read(), "nothing saved yet");
        Learner[] l = new Learner[1];
        WindowState state = new WindowState("/lessons/05-vanishing-gradients.json", "Vanishing gradients", true);
        store.write(trained(l), state);
        AutosaveStore.Saved saved = store.read();
        assertEquals(state, saved.state());
        Parameters p = saved.experiment().parameters();
        assertEquals(7, p.step());
        assertArrayEquals(l[0].network().weights(1)[2], p.weights()[0][2], 0.0);
        assertArrayEquals(l[0].optimizer().state().vw()[1], p.optimizerState().vw()[1], 0.0);
        store.release();
        assertFalse(Files.exists(dir.resolve("cfg/running.lock")), "a normal close leaves no lock file");
    }

    @Test
    @DisplayName("should read the session when its state belongs to another autosave as untitled and unsaved")
    void mismatchedState() throws Exception {
        AutosaveStore store = AutosaveStore.in(dir);
        store.claim();
        Learner[] l = new Learner[1];
        String text = trained(l);
        store.write(text, new WindowState("/a.json", "A", false));
        // A crash between the two writes: the experiment is newer than its state.
        Files.writeString(store.file(), text + "\n");
        assertEquals(WindowState.UNTITLED_UNSAVED, store.read().state());
    }

    @Test
    @DisplayName("should accept a session whose points cannot be trained on (an empty canvas)")
    void emptyCanvas() throws Exception {
        AutosaveStore store = AutosaveStore.in(dir);
        store.claim();
        store.write("{\"version\": 1, \"data\": {\"points\": []}}", new WindowState(null, null, true));
        assertEquals(0, store.read().experiment().points().size());
    }

    @Test
    @DisplayName("should move an unreadable autosave aside, untouched, with the reader's sentence")
    void corrupt() throws Exception {
        AutosaveStore store = AutosaveStore.in(dir);
        store.claim();
        String garbage = "{\"version\": 1, \"network\": {\"hidden\": [3]}, \"data\": {\"points\": [[0, 0";
        Files.writeString(store.file(), garbage);
        AutosaveStore.Unreadable u = assertThrows(AutosaveStore.Unreadable.class, store::read);
        assertTrue(u.getMessage().startsWith(store.file() + ":1: not valid JSON"), u.getMessage());
        assertFalse(u.getMessage().contains("\n"));
        assertNotNull(u.movedTo());
        assertTrue(u.movedTo().getFileName().toString().startsWith("autosave-unreadable-"), u.movedTo().toString());
        assertEquals(garbage, Files.readString(u.movedTo()));
        assertFalse(Files.exists(store.file()));
        assertNull(store.read(), "the next start starts afresh");
    }

    @Test
    @DisplayName("should tell a clean start from one after a crash, and stand back while another window holds it")
    void claims() throws Exception {
        Path cfg = dir.resolve("deep/cfg");
        AutosaveStore first = AutosaveStore.in(cfg);
        assertEquals(AutosaveStore.Start.CLEAN, first.claim());
        assertTrue(first.owned());
        AutosaveStore second = AutosaveStore.in(cfg);
        assertEquals(AutosaveStore.Start.HELD_ELSEWHERE, second.claim());
        assertFalse(second.owned());
        first.release();
        assertEquals(AutosaveStore.Start.CLEAN, second.claim());
        second.release();
        // What kill -9 leaves: the lock file, its lock gone with the process.
        Files.writeString(cfg.resolve("running.lock"), "pid 1\n");
        AutosaveStore third = AutosaveStore.in(cfg);
        assertEquals(AutosaveStore.Start.AFTER_CRASH, third.claim());
        third.release();
    }

    @Test
    @DisplayName("should keep an autosave with unsaved changes aside when a file is opened instead")
    void keepAside() throws Exception {
        AutosaveStore store = AutosaveStore.in(dir);
        store.claim();
        assertNull(store.keepAside());
        Learner[] l = new Learner[1];
        String text = trained(l);
        store.write(text, new WindowState("/a.json", null, false));
        assertNull(store.keepAside(), "saved work needs no keeping");
        assertTrue(Files.exists(store.file()));
        store.write(text, new WindowState(null, null, true));
        Path kept = store.keepAside();
        assertEquals(dir.resolve("autosave-previous.json"), kept);
        assertEquals(text, Files.readString(kept));
        assertFalse(Files.exists(store.file()));
    }
}
