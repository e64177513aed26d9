package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDialogsTest {
    private static final Path DATASETS = Path.of("datasets").toAbsolutePath().normalize();

    @Test
    @DisplayName("should start Save in the home folder, never in the shipped datasets/ where a preset could be lost")
    void saveNeverStartsInShippedFolders(@TempDir Path home) {
        assertEquals(home, FileDialogs.initialDirectory(null, true, null, home));
        assertEquals(home, FileDialogs.initialDirectory(DATASETS, true, null, home),
                "after opening a shipped preset, saving still starts at home");
        assertEquals(home, FileDialogs.initialDirectory(Path.of("experiments"), true, null, home));
    }

    @Test
    @DisplayName("should start Save in the folder last used, and Open there or in the shipped folder")
    void lastUsedFolder(@TempDir Path home, @TempDir Path work) throws Exception {
        Path mine = Files.createDirectories(work.resolve("mine"));
        assertEquals(mine, FileDialogs.initialDirectory(mine, true, null, home));
        assertEquals(mine, FileDialogs.initialDirectory(mine, false, DATASETS, home));
        assertEquals(DATASETS, FileDialogs.initialDirectory(null, false, DATASETS, home));
        assertEquals(home, FileDialogs.initialDirectory(null, false, work.resolve("none"), home));
        assertEquals(home, FileDialogs.initialDirectory(work.resolve("gone"), true, null, home), "a folder deleted since");
    }
}
