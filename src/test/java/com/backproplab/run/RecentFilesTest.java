package com.backproplab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("should put the newest first, list each file once and keep at most ten")
    void order() {
        List<Path> list = List.of();
        for (int i = 0; i < 12; i++) {
            list = RecentFiles.add(list, dir.resolve("e" + i + ".json"));
        }
        assertEquals(RecentFiles.LIMIT, list.size());
        assertEquals(dir.resolve("e11.json"), list.get(0));
        assertEquals(dir.resolve("e2.json"), list.get(9));
        list = RecentFiles.add(list, dir.resolve("sub/../e5.json"));
        assertEquals(dir.resolve("e5.json"), list.get(0), "the same file, however named, moves to the top");
        assertEquals(RecentFiles.LIMIT, list.size());
        assertEquals(1, list.stream().filter(p -> p.endsWith("e5.json")).count());
    }

    @Test
    @DisplayName("should read back what it wrote, and read a missing or broken list as empty")
    void roundTrip() throws Exception {
        assertEquals(List.of(), RecentFiles.read(dir));
        List<Path> list = new ArrayList<>(List.of(dir.resolve("a b.json"), dir.resolve("ünï.json")));
        RecentFiles.write(dir.resolve("cfg"), list);
        assertEquals(list, RecentFiles.read(dir.resolve("cfg")));
        Files.writeString(dir.resolve("cfg/recent.json"), "{ broken");
        assertEquals(List.of(), RecentFiles.read(dir.resolve("cfg")));
    }
}
