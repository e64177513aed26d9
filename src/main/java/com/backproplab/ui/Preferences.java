package com.backproplab.ui;

import com.backproplab.data.AtomicWrite;
import com.backproplab.run.ConfigFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The user's lasting choices of the window (the theme, the canvas's options), kept in {@code preferences.json} in
 * the user's config folder ({@link ConfigFolder}: {@code $XDG_CONFIG_HOME/backprop-lab/}, else {@code ~/.config/backprop-lab/} on
 * Linux), beside the autosave. Read once before the window opens (off the FX thread), written on a thread of its
 * own after each change. Keys this version does not know are kept as they are; a missing or unreadable file means
 * the defaults.
 */
final class Preferences {
    /** The file's name in the config folder. */
    static final String FILE = "preferences.json";
    static final String THEME = "theme", DARK = "dark", LIGHT = "light";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the file is written, or null for preferences kept in memory only (tests). */
    private final Path file;
    private final ObjectNode values;
    /** One thread, so writes land in order; not a daemon, so the last one finishes; ends when idle. */
    private final ExecutorService writer = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> new Thread(r, "backprop-preferences"));

    private Preferences(Path file, ObjectNode values) {
        this.file = file;
        this.values = values;
    }

    /** Defaults, never written. */
    static Preferences inMemory() {
        return new Preferences(null, JSON.createObjectNode());
    }

    /** The preferences file of this user. */
    static Path userFile() {
        return ConfigFolder.forThisUser().resolve(FILE);
    }

    /** Reads {@code file} (do not call on the FX thread); a problem is one line on standard error, and defaults. */
    static Preferences load(Path file) {
        ObjectNode values = JSON.createObjectNode();
        try {
            JsonNode read = JSON.readTree(Files.readString(file));
            if (read instanceof ObjectNode o) {
                values = o;
            } else {
                System.err.println("backprop-lab: " + file + " is not a JSON object; using the default preferences");
            }
        } catch (NoSuchFileException e) {
            // First start: the defaults.
        } catch (IOException e) {
            System.err.println("backprop-lab: cannot read " + file + " (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); using the default preferences");
        }
        return new Preferences(file, values);
    }

    /** Whether the dark theme was chosen. */
    boolean darkTheme() {
        return DARK.equals(values.path(THEME).asText());
    }

    /** Chooses the theme and writes the file (off the FX thread); the future completes once it is written. */
    CompletableFuture<Void> setDarkTheme(boolean dark) {
        values.put(THEME, dark ? DARK : LIGHT);
        return save();
    }

    /** A yes-or-no choice stored under {@code key}, or {@code dflt} when none was made. */
    boolean flag(String key, boolean dflt) {
        JsonNode v = values.get(key);
        return v != null && v.isBoolean() ? v.booleanValue() : dflt;
    }

    /** Stores a yes-or-no choice and writes the file (off the FX thread). */
    CompletableFuture<Void> setFlag(String key, boolean v) {
        values.put(key, v);
        return save();
    }

    private CompletableFuture<Void> save() {
        if (file == null) {
            return CompletableFuture.completedFuture(null);
        }
        String text = values.toPrettyString() + "\n";
        return CompletableFuture.runAsync(() -> {
            try {
                Files.createDirectories(file.getParent());
                AtomicWrite.replace(file, text);
            } catch (IOException e) {
                System.err.println("backprop-lab: cannot save the preferences to " + file + ": " + e.getMessage());
            }
        }, writer);
    }
}
