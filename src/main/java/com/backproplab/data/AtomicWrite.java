package com.backproplab.data;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once, for every writer of the app (datasets, experiments, traces, PNGs, reports): the
 * content goes to a temporary file beside the target, is forced to disk and renamed over the target, so a reader
 * sees the old content or the new one, never half a file. Closing without {@link #commit()} deletes the
 * temporary file and leaves the target as it was.
 */
public final class AtomicWrite implements Closeable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;

    private AtomicWrite(Path target) throws IOException {
        this.target = target;
        FileChannel ch = null;
        Path t = null;
        while (ch == null) {
            // Same directory, so the rename stays on one file system and can be atomic. Not createTempFile: its
            // owner-only permissions would pass to the target; a new file gets the usual ones, as a plain write would.
            String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
            t = target.resolveSibling("." + target.getFileName() + "." + random + ".tmp");
            try {
                ch = FileChannel.open(t, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                // Try another name.
            }
        }
        this.temp = t;
        this.channel = ch;
        this.stream = Channels.newOutputStream(channel);
    }

    /** Starts replacing {@code file}; write to {@link #stream()} or {@link #writer()}, then {@link #commit()}. */
    public static AtomicWrite begin(Path file) throws IOException {
        return new AtomicWrite(file.toAbsolutePath());
    }

    /** Replaces {@code file} with {@code content}. */
    public static void replace(Path file, byte[] content) throws IOException {
        try (AtomicWrite w = begin(file)) {
            w.stream().write(content);
            w.commit();
        }
    }

    /** Replaces {@code file} with {@code text} in UTF-8. */
    public static void replace(Path file, String text) throws IOException {
        replace(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The new content's bytes (unbuffered). */
    public OutputStream stream() {
        return stream;
    }

    /** A buffered UTF-8 writer of the new content (one per file); {@link #commit()} flushes it, do not close it. */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        }
        return writer;
    }

    /**
     * Forces the content to disk and renames it over the target. Without the force a crash right after the rename
     * could leave an empty file behind.
     */
    public void commit() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        channel.force(true);
        channel.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the temporary file unless the content was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
