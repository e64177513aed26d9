package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {

    @Test
    @DisplayName("should keep the preferences in preferences.json in the config folder, beside the autosave")
    void folder() {
        assertEquals(com.backproplab.run.ConfigFolder.forThisUser().resolve("preferences.json"),
                Preferences.userFile());
    }

    @Test
    @DisplayName("should remember the dark theme across starts, keeping keys it does not know")
    void remembers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("backprop-lab").resolve(Preferences.FILE);
        Preferences first = Preferences.load(file);
        assertFalse(first.darkTheme(), "light by default, before the file exists");
        first.setDarkTheme(true).get(5, TimeUnit.SECONDS);
        assertTrue(Preferences.load(file).darkTheme());
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\\{", "{ \"autosave\" : \"kept\","));
        Preferences second = Preferences.load(file);
        assertTrue(second.darkTheme());
        second.setDarkTheme(false).get(5, TimeUnit.SECONDS);
        assertFalse(Preferences.load(file).darkTheme());
        assertTrue(Files.readString(file).contains("\"autosave\" : \"kept\""), Files.readString(file));
    }

    @Test
    @DisplayName("should fall back to the defaults on a file that is not JSON, and write a good one on the next change")
    void badFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Preferences.FILE);
        Files.writeString(file, "theme = dark\n");
        Preferences p = Preferences.load(file);
        assertFalse(p.darkTheme());
        p.setDarkTheme(true).get(5, TimeUnit.SECONDS);
        assertTrue(Preferences.load(file).darkTheme());
    }
}
