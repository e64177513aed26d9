package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    @Test
    @DisplayName("should keep a replaced file's permissions (0640 stays 0640, 0600 stays private)")
    void keepsPermissions() throws IOException {
        for (String mode : new String[] {"rw-r-----", "rw-------", "rwxr-xr-x"}) {
            Path file = dir.resolve("kept-" + mode + ".png");
            Files.writeString(file, "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            AtomicWrite.replace(file, "new");
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("new", Files.readString(file));
        }
    }

    @Test
    @DisplayName("should follow a symbolic link and replace its target in the target's directory, keeping the link")
    void followsLinks() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path links = Files.createDirectory(dir.resolve("links"));
        Path target = real.resolve("run.json");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(links.resolve("run.json"), Path.of("../real/run.json"));
        Path chain = Files.createSymbolicLink(links.resolve("again.json"), Path.of("run.json"));
        AtomicWrite.replace(chain, "new");
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), list(real));
        assertEquals(2, list(links).size());
        Path dangling = Files.createSymbolicLink(links.resolve("later.json"), Path.of("../real/later.json"));
        AtomicWrite.replace(dangling, "made");
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("made", Files.readString(real.resolve("later.json")));
    }

    @Test
    @DisplayName("should write a FIFO straight through, never replace it with a regular file")
    void fifoStraightThrough() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        AtomicWrite.replace(fifo, "step,cost\n");
        assertEquals("step,cost\n", read.get(30, TimeUnit.SECONDS));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(),
                "the FIFO is still a FIFO");
        assertEquals(List.of(fifo), files());
    }

    @Test
    @DisplayName("should refuse to replace a directory, with nothing left behind")
    void refusesDirectory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("out"));
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.replace(sub, "x"));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        assertTrue(Files.isDirectory(sub));
        assertEquals(List.of(sub), files());
    }
}
