package com.backproplab.run;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its per-user files (the autosave, the recent files): {@code $XDG_CONFIG_HOME/backprop-lab}
 * when that variable holds an absolute path (on any system, so it can always be redirected), else the platform's
 * place: {@code %APPDATA%\backprop-lab} on Windows, {@code ~/Library/Application Support/backprop-lab} on macOS,
 * {@code ~/.config/backprop-lab} elsewhere.
 */
public final class ConfigFolder {
    /** The app's folder name inside the platform's config folder. */
    public static final String NAME = "backprop-lab";

    private ConfigFolder() {
    }

    /** This user's folder, from the process's environment and system properties. */
    public static Path forThisUser() {
        return of(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The folder for the given environment variables, {@code os.name} and home folder. */
    public static Path of(Map<String, String> env, String osName, Path home) {
        Path xdg = absolute(env.get("XDG_CONFIG_HOME"));
        if (xdg != null) {
            return xdg.resolve(NAME);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path appData = absolute(env.get("APPDATA"));
            return (appData != null ? appData : home.resolve("AppData").resolve("Roaming")).resolve(NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(NAME);
        }
        return home.resolve(".config").resolve(NAME);
    }

    /** The variable's value as an absolute path, or null when unset, empty, relative or not a path (XDG spec). */
    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
