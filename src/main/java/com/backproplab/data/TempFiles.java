package com.backproplab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of {@link AtomicWrite}s not yet committed or abandoned, deleted by a shutdown hook so that
 * Ctrl+C, SIGTERM or SIGHUP during a long write (a trace, a large experiment, a PNG) leaves no temporary file
 * behind. The JVM runs shutdown hooks on those signals; only SIGKILL and a crash skip them.
 */
final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private TempFiles() {
    }

    /** Remembers {@code temp} until {@link #forget}. */
    static void track(Path temp) {
        if (!hooked) {
            hook();
        }
        LIVE.add(temp);
    }

    /** The temporary file was renamed or deleted by its writer. */
    static void forget(Path temp) {
        LIVE.remove(temp);
    }

    private static synchronized void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "backprop-lab temp files"));
            hooked = true;
        }
    }

    private static void deleteAll() {
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // Best effort while the JVM stops: nothing else can be done about it.
            }
        }
    }
}
