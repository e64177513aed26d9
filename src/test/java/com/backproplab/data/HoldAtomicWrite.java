package com.backproplab.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a forked JVM by {@link AtomicWriteSignalTest}: starts an atomic write of {@code args[0]}, writes some bytes,
 * says "ready" and waits to be stopped by a signal, the way a long trace or render is stopped by Ctrl+C.
 */
public final class HoldAtomicWrite {
    private HoldAtomicWrite() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        AtomicWrite w = AtomicWrite.begin(Path.of(args[0]));
        w.stream().write(new byte[1 << 16]);
        System.out.println("ready");
        System.out.flush();
        // Stopped by the test's signal; the minute is only a guard so that a broken test cannot leave it running.
        Thread.sleep(60_000);
        w.close();
    }
}
