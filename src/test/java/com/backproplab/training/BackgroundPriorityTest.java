package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {

    @Test
    @DisplayName("should raise the nice value of the calling thread alone on Linux, and lower its Java priority")
    void lowersOnlyTheCallingThread() throws Exception {
        Path self = Path.of("/proc/thread-self");
        assumeTrue(Files.isSymbolicLink(self), "Linux only");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
                "renice (util-linux) is installed");
        int before = niceOfThisThread();
        assumeTrue(before < BackgroundPriority.NICE, "a JVM started at a lower priority than the trainer's already");
        AtomicReference<int[]> seen = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                int was = niceOfThisThread();
                BackgroundPriority p = new BackgroundPriority();
                p.lowerOnce();
                p.lowerOnce(); // once is enough: a second call changes nothing
                seen.set(new int[] {was, niceOfThisThread(), Thread.currentThread().getPriority()});
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        t.join(10_000);
        int[] s = seen.get();
        assertNotNull(s, "the thread finished");
        assertEquals(before, s[0], "a new thread starts at its creator's nice value");
        assertEquals(BackgroundPriority.NICE, s[1]);
        assertEquals(BackgroundPriority.JAVA_PRIORITY, s[2]);
        assertEquals(before, niceOfThisThread(), "the other threads keep their priority");
    }

    /** Field 19 of /proc/thread-self/stat, counted after the command name's closing parenthesis (it may hold spaces). */
    private static int niceOfThisThread() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }
}
