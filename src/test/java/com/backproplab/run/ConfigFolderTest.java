package com.backproplab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigFolderTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    @DisplayName("should use $XDG_CONFIG_HOME/backprop-lab when it is an absolute path, on any system")
    void xdg() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/tmp/cfg", "APPDATA", "/appdata");
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X"}) {
            assertEquals(Path.of("/tmp/cfg/backprop-lab"), ConfigFolder.of(env, os, HOME), os);
        }
    }

    @Test
    @DisplayName("should fall back to ~/.config/backprop-lab when $XDG_CONFIG_HOME is unset, empty or relative")
    void linuxDefault() {
        Path expected = Path.of("/home/ada/.config/backprop-lab");
        assertEquals(expected, ConfigFolder.of(Map.of(), "Linux", HOME));
        assertEquals(expected, ConfigFolder.of(Map.of("XDG_CONFIG_HOME", ""), "Linux", HOME));
        assertEquals(expected, ConfigFolder.of(Map.of("XDG_CONFIG_HOME", "relative/cfg"), "Linux", HOME));
    }

    @Test
    @DisplayName("should use %APPDATA%\\backprop-lab on Windows, else the roaming folder under the home folder")
    void windows() {
        assertEquals(Path.of("/appdata/backprop-lab"), ConfigFolder.of(Map.of("APPDATA", "/appdata"), "Windows 10",
                HOME));
        assertEquals(Path.of("/home/ada/AppData/Roaming/backprop-lab"), ConfigFolder.of(Map.of(), "Windows 10",
                HOME));
    }

    @Test
    @DisplayName("should use ~/Library/Application Support/backprop-lab on macOS")
    void mac() {
        assertEquals(Path.of("/home/ada/Library/Application Support/backprop-lab"),
                ConfigFolder.of(Map.of(), "Mac OS X", HOME));
    }
}
