package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    @DisplayName("should show the old content until commit, then the new, with no temporary file left")
    void commit() throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "old\n");
        try (AtomicWrite w = AtomicWrite.begin(file)) {
            Writer out = w.writer();
            out.write("new ");
            out.write("rows\n");
            assertEquals("old\n", Files.readString(file));
            w.commit();
        }
        assertEquals("new rows\n", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    @DisplayName("should leave the target untouched and delete the temporary file when closed without commit")
    void abandon() throws IOException {
        Path file = dir.resolve("e.json");
        Files.writeString(file, "old");
        try (AtomicWrite w = AtomicWrite.begin(file)) {
            w.stream().write(new byte[] {'x'});
        }
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    @DisplayName("should give a new file the permissions of a plain write, not a temporary file's owner-only ones")
    void permissions() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path atomic = dir.resolve("atomic.txt");
        AtomicWrite.replace(atomic, "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
    }

    @Test
    @DisplayName("should replace a file at once and fail with nothing behind when the directory is missing")
    void replace() throws IOException {
        Path file = dir.resolve("p.png");
        AtomicWrite.replace(file, new byte[] {1, 2, 3});
        AtomicWrite.replace(file, "ab");
        assertEquals("ab", Files.readString(file));
        assertThrows(IOException.class, () -> AtomicWrite.replace(dir.resolve("none").resolve("x"), "y"));
        assertEquals(List.of(file), files());
    }
}
