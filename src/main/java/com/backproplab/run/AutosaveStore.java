package com.backproplab.run;

import com.backproplab.data.AtomicWrite;
import com.backproplab.io.ExperimentException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.CRC32;

/**
 * The window's autosave in the config folder ({@link ConfigFolder}): {@value #AUTOSAVE}, an experiment file of the
 * whole session (readable by {@code backprop-lab open} and {@code train}), {@value #STATE}, the window's
 * {@link WindowState}, and {@value #LOCK}, held locked while a window owns the autosave. Both files are written
 * atomically; the state carries a checksum of the experiment text it goes with, so a crash between the two writes
 * cannot pair a session with another session's file name. A lock file found at start whose lock is free was left by
 * a window that did not close normally (a crash, {@code kill -9}). Blocking file I/O: call off the FX thread.
 */
public final class AutosaveStore {
    static final String AUTOSAVE = "autosave.json";
    static final String STATE = "autosave-state.json";
    static final String LOCK = "running.lock";
    static final String PREVIOUS = "autosave-previous.json";
    private static final JsonMapper JSON = new JsonMapper();

    /** How the window found the autosave at start. */
    public enum Start {
        /** The last window closed normally. */
        CLEAN,
        /** The last window ended without closing (crash, kill -9): the autosave may be up to a minute old. */
        AFTER_CRASH,
        /** Another window of the app holds the autosave: this one neither restores nor autosaves. */
        HELD_ELSEWHERE
    }

    private final Path folder;
    private FileChannel lockChannel;
    private FileLock lock;

    private AutosaveStore(Path folder) {
        this.folder = folder;
    }

    /** The store in {@code folder} (created when first claimed). */
    public static AutosaveStore in(Path folder) {
        return new AutosaveStore(folder);
    }

    public Path folder() {
        return folder;
    }

    /** The autosaved session's experiment file. */
    public Path file() {
        return folder.resolve(AUTOSAVE);
    }

    /** Takes the autosave for this window: creates the folder and locks {@value #LOCK}. */
    public Start claim() throws IOException {
        Files.createDirectories(folder);
        Path marker = folder.resolve(LOCK);
        boolean leftBehind = Files.exists(marker);
        FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            l = null;
        }
        if (l == null) {
            ch.close();
            return Start.HELD_ELSEWHERE;
        }
        lockChannel = ch;
        lock = l;
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
        return leftBehind ? Start.AFTER_CRASH : Start.CLEAN;
    }

    /** True while this store holds the lock (claimed and not released). */
    public boolean owned() {
        return lock != null;
    }

    /**
     * Reads the autosave: null when there is none. One that cannot be read or used is moved aside (and its state
     * deleted) and reported as an {@link Unreadable} with the reader's sentence.
     */
    public Saved read() throws Unreadable {
        Path file = file();
        if (!Files.exists(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            PreparedExperiment prepared = PreparedExperiment.readSession(file);
            Instant at = Files.getLastModifiedTime(file).toInstant();
            return new Saved(prepared, state(checksum(bytes)), at);
        } catch (ExperimentException | IOException | RuntimeException e) {
            String why = e instanceof ExperimentException ? e.getMessage()
                    : file + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
            throw new Unreadable(why, moveAside(file));
        }
    }

    /**
     * Keeps the autosave out of the next one's way when it is not restored (the window opens a file instead): when
     * it had unsaved changes it is moved to {@value #PREVIOUS} (replacing an older one), and that path is returned;
     * otherwise (or when there is none) null.
     */
    public Path keepAside() throws IOException {
        Path file = file();
        if (!Files.exists(file) || !state(checksum(Files.readAllBytes(file))).unsaved()) {
            return null;
        }
        Path target = folder.resolve(PREVIOUS);
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(folder.resolve(STATE));
        return target;
    }

    /** Writes the session (the text of an experiment file) and the window's state, each atomically. */
    public void write(String experimentText, WindowState state) throws IOException {
        byte[] bytes = experimentText.getBytes(StandardCharsets.UTF_8);
        AtomicWrite.replace(file(), bytes);
        ObjectNode o = JSON.createObjectNode().put("version", 1);
        if (state.file() != null) {
            o.put("file", state.file());
        }
        if (state.title() != null) {
            o.put("title", state.title());
        }
        o.put("unsaved", state.unsaved()).put("checksum", checksum(bytes));
        AtomicWrite.replace(folder.resolve(STATE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n");
    }

    /** Lets go of the autosave after the last write (a normal close): the next start is a clean one. */
    public void release() throws IOException {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            lockChannel.close();
        } finally {
            lock = null;
            Files.deleteIfExists(folder.resolve(LOCK));
        }
    }

    /** The window state saved with the experiment whose checksum is {@code sum}, or an untitled unsaved one. */
    private WindowState state(long sum) {
        try {
            JsonNode o = JSON.readTree(Files.readAllBytes(folder.resolve(STATE)));
            if (o == null || !o.isObject() || o.path("checksum").asLong(-1) != sum) {
                return WindowState.UNTITLED_UNSAVED;
            }
            String file = o.hasNonNull("file") ? o.get("file").asText() : null;
            String title = o.hasNonNull("title") ? o.get("title").asText() : null;
            return new WindowState(file, title, o.path("unsaved").asBoolean(true));
        } catch (IOException | RuntimeException e) {
            return WindowState.UNTITLED_UNSAVED;
        }
    }

    /** Moves an unusable autosave out of the way; returns where it went, or null when it could not be moved. */
    private Path moveAside(Path file) {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").format(LocalDateTime.now());
        Path target = folder.resolve("autosave-unreadable-" + stamp + ".json");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("autosave-unreadable-" + stamp + "-" + n + ".json");
        }
        try {
            Files.move(file, target);
            Files.deleteIfExists(folder.resolve(STATE));
            return target;
        } catch (IOException e) {
            return null;
        }
    }

    private static long checksum(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    /**
     * An autosave read back.
     *
     * @param experiment the session, checked like any experiment file
     * @param state the window's state saved with it
     * @param savedAt when it was written
     */
    public record Saved(PreparedExperiment experiment, WindowState state, Instant savedAt) {
    }

    /** An autosave that could not be used; it was moved aside (to {@link #movedTo()}, null if that failed). */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Path movedTo;

        Unreadable(String reason, Path movedTo) {
            super(reason);
            this.movedTo = movedTo;
        }

        public Path movedTo() {
            return movedTo;
        }
    }
}
