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
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once, for every writer of the app (datasets, experiments, traces, PNGs, reports): the
 * content goes to a temporary file beside the target, is forced to disk and renamed over the target, so a reader
 * sees the old content or the new one, never half a file. Closing without {@link #commit()} deletes the
 * temporary file and leaves the target as it was; so does an interrupted run ({@link TempFiles}).
 *
 * <p>Files the app does not own are respected: a symbolic link is followed and its target replaced in the
 * target's directory (the link stays); a device or FIFO ({@code /dev/null}, a pipe) is written straight through,
 * never replaced; a directory is refused. A replaced file keeps its permissions (and, where allowed, its owner
 * and group); a new file gets the permissions a plain write would give under the user's umask.
 */
public final class AtomicWrite implements Closeable {
    /** Links followed before giving up, as the kernel's own limit for a path. */
    private static final int MAX_LINKS = 40;

    private final Path target;
    /** The temporary file, or null when writing straight through to a device or FIFO. */
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;

    private AtomicWrite(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.stream = Channels.newOutputStream(channel);
    }

    /** Starts replacing {@code file}; write to {@link #stream()} or {@link #writer()}, then {@link #commit()}. */
    public static AtomicWrite begin(Path file) throws IOException {
        Path target = followLinks(file.toAbsolutePath());
        BasicFileAttributes existing = attributes(target);
        if (existing != null && existing.isDirectory()) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        if (existing != null && existing.isOther()) {
            // A device or FIFO: the user means its stream, not a regular file in its place.
            return new AtomicWrite(target, null, FileChannel.open(target, StandardOpenOption.WRITE));
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(file.toString(), null, "the directory " + dir + " does not exist");
        }
        while (true) {
            // Same directory, so the rename stays on one file system and can be atomic. Not createTempFile: its
            // owner-only permissions would pass to a new target; a new file gets what a plain write would give.
            String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
            Path t = dir.resolve("." + target.getFileName() + "." + random + ".tmp");
            FileChannel ch;
            try {
                ch = FileChannel.open(t, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            TempFiles.track(t);
            AtomicWrite w = new AtomicWrite(target, t, ch);
            if (existing != null) {
                try {
                    keepAttributes(target, t);
                } catch (IOException | RuntimeException e) {
                    w.close();
                    throw e;
                }
            }
            return w;
        }
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
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    /**
     * Forces the content to disk and renames it over the target. Without the force a crash right after the rename
     * could leave an empty file behind. A device or FIFO is only flushed and closed.
     */
    public void commit() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (temp == null) {
            channel.close();
            committed = true;
            return;
        }
        channel.force(true);
        channel.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        TempFiles.forget(temp);
        syncDirectory(target.getParent());
    }

    /** Deletes the temporary file unless the content was committed. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            channel.close();
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
                TempFiles.forget(temp);
            }
        }
    }

    /** The file a chain of symbolic links ends at (which may not exist yet); a loop is an error. */
    public static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            Path link = Files.readSymbolicLink(p);
            p = p.getParent() == null ? link : p.getParent().resolve(link);
        }
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
    }

    /** The file's own attributes (not a link's), or null when it does not exist. */
    private static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Gives the replacement the replaced file's permissions, and its owner and group where the user may. */
    private static void keepAttributes(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes old = Files.readAttributes(from, PosixFileAttributes.class);
        try {
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (IOException notAllowed) {
            // Only root may give a file away; the user's own file stays the user's anyway.
        }
        view.setPermissions(old.permissions());
    }

    /** Makes the rename itself durable; some file systems cannot sync a directory, which is no error. */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException e) {
            // The content is on disk; only the rename's durability is the file system's to decide.
        }
    }
}
