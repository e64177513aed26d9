package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's table of keys lists every shortcut of the window and the standard keys of its controls. */
class ReadmeKeysTest {

    @Test
    @DisplayName("should list every key of the window in the README, Enter and Alt+↓ included")
    void everyKeyListed() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("### Keys");
        assertTrue(start > 0, "README has a Keys section");
        String keys = readme.substring(start, readme.indexOf("\n## ", start));
        for (String key : new String[] {"**Ctrl+Space**", "**Space**", "**S**", "**→**", "**R**", "**E**",
            "**Ctrl+Z**", "**Ctrl+O**", "**Ctrl+S**", "**Ctrl+Shift+O**", "**Ctrl+Shift+S**", "**F3**", "**F9**",
            "**F11**", "**Esc**", "**Enter**", "**Alt+↓**", "**Tab**", "**↑**", "**←**"}) {
            assertTrue(keys.contains("| " + key) || keys.contains(key), key + " is missing from the README's keys");
        }
    }
}
