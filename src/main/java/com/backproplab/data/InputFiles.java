package com.backproplab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the files the app reads (datasets, experiments): only regular files, and only up to a size limit, so that
 * a FIFO cannot block a run forever and {@code /dev/zero} or a huge file end in a sentence, not "out of memory".
 * Problems are {@link FileSystemException}s whose reason is that sentence.
 */
public final class InputFiles {
    /** The largest dataset CSV read: about 1.5 million points, far more than the window can show. */
    public static final long MAX_CSV_BYTES = 64L << 20;

    private InputFiles() {
    }

    /** The whole content of {@code file}, at most {@code limit} bytes. */
    public static byte[] readAll(Path file, long limit) throws IOException {
        try (InputStream in = open(file, limit)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(file, limit);
            }
            return bytes;
        }
    }

    /** A stream of {@code file} after checking that it is a regular file of at most {@code limit} bytes. */
    public static InputStream open(Path file, long limit) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            String what = Files.isDirectory(file) ? "a directory" : "a device, FIFO or socket";
            throw new FileSystemException(file.toString(), null, "is " + what + ", not a regular file");
        }
        if (Files.size(file) > limit) {
            throw tooLarge(file, limit);
        }
        return Files.newInputStream(file);
    }

    private static FileSystemException tooLarge(Path file, long limit) {
        return new FileSystemException(file.toString(), null, String.format(Locale.ROOT,
                "is larger than %d MB, the most the app reads", limit >> 20));
    }

    /** The sentence of an I/O problem, without the file name that the caller's message starts with anyway. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isEmpty()) {
            String r = f.getReason();
            return Excerpt.of(r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1));
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null || m.isEmpty() ? e.getClass().getSimpleName() : Excerpt.of(m);
    }
}
